"""An ad label naming its sponsor ("Ofrecido por Banco X", "Oferecido por …") over an ad's
title among a front page's stampless cards (title / summary / author): the ad is dropped;
its card ends at the next headline over a summary (an ad prints one headline), and its
mark does not end the list, so the card under the ad stays a card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)

FRONT = """\
EL LITORAL
Suscribite
Economía
El Banco Central vuelve a bajar la tasa de interés por tercera vez en el año
La autoridad monetaria recortó dos puntos y anticipó que seguirá atenta a la inflación.
Por Marina Duarte
Cómo se reparte el dinero de la coparticipación entre las provincias
Los gobernadores reclaman cambios en el reparto antes de votar el presupuesto.
Por Tomás Ibarra
Ofrecido por Banco Provincial
Tarjetas sin costo de mantenimiento: cómo pedirla
Deportes
Colón vence a Unión en el clásico y se acerca a la punta
Un gol de cabeza en el último minuto definió el partido en el estadio lleno.
Por Lucía Gómez
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_card_under_a_sponsored_card_stays_and_the_ad_goes() -> None:
    drafts = split(FRONT)
    assert [draft.title[:20] for draft in drafts] == [
        "El Banco Central vue",
        "Cómo se reparte el d",
        "Colón vence a Unión ",
    ]
    assert drafts[2].body.startswith("Un gol de cabeza")
    assert all("Tarjetas" not in draft.body for draft in drafts)
