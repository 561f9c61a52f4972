"""A label without a colon before a photographer's name after a one-sentence caption
("… samedi. Photo Name Surname") is the caption's credit; the name may carry accents."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """La Gazette du Lac
Économie
Le marché couvert rouvre après huit mois de travaux
2 décembre 2026 à 09h30
Le marché couvert du centre-ville a rouvert ses portes mardi matin, après huit mois de travaux.
Des commerçants installent leurs étals sous la nouvelle verrière, mardi. Photo Émilie Lefèvre
La mairie a investi 3,2 millions d'euros dans la rénovation du bâtiment.
Trente-deux commerçants occupent désormais les stands."""


def test_bare_photo_label_credits_a_photographer() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        (
            "Des commerçants installent leurs étals sous la nouvelle verrière, mardi.",
            "Émilie Lefèvre",
        )
    ]
    assert "Des commerçants installent" not in lead.body
    assert "La mairie a investi" in lead.body
