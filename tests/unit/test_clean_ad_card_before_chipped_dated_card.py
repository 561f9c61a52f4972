"""clean/split: a sponsored card over a list of title / subscriber chip / date cards takes
only its own title: the chip under the next card's title sits over that card's date, so it
is no ad's button closing the ad card (which then swallowed the real card)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FRONT = """\
La Gazette du Nord
Région
Sports
Inondations : trois communes en alerte rouge ce week-end
Abonnés
20/06/2026 à 09:40
Le conseil communal vote la rénovation de la piscine
19/06/2026 à 21:10
Contenu sponsorisé
Votre cuisine sur mesure livrée en deux semaines
Le Standard renverse Charleroi dans les arrêts de jeu
Abonnés
19/06/2026 à 20:55
"""


def test_chip_over_a_date_closes_no_ad_card() -> None:
    titles = [draft.title for draft in split(FRONT)]
    assert "Le Standard renverse Charleroi dans les arrêts de jeu" in titles
    assert "Votre cuisine sur mesure livrée en deux semaines" not in titles
