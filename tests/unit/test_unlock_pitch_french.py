"""A French paywall's "Débloquez …" line (unlock every article) is a pitch, not text."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Économie
Le port de Marseille mise sur l’électrification des quais pour attirer les croisiéristes
Par Claire Moreau
Publié le 30/11/2026 à 08:12
Le port de Marseille va raccorder trois nouveaux quais au réseau électrique d’ici 2028.
Les navires à quai pourront ainsi couper leurs moteurs, une demande des riverains.
Cet article est réservé aux abonnés. Il vous reste 71% à découvrir.
Vous avez envie de lire la suite ?
Débloquez tous les articles immédiatement.
Déjà abonné ? Connectez-vous"""


def test_an_unlock_pitch_leaves_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "Débloquez" not in lead.body
    assert "Les navires à quai" in lead.body
