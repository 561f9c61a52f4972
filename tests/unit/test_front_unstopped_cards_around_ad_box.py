"""split: a front page of title / unstopped summary / author cards with no heading over its
first headline is read as a list even when an ad's box stands between two cards and a
"most read" heading closes the page: the ad is no heading, the list runs to that heading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)

FRONT = (
    "Gazzetta del Lago\n"
    "Cronaca\n"
    "Sport\n"
    "Como, chiusa la strada del lungolago per lavori fino a marzo\n"
    "Il Comune prevede deviazioni per i bus. Proteste dei commercianti del centro\n"
    "di Marta Rinaldi\n"
    "Contenuto sponsorizzato\n"
    "Scopri le nuove caldaie a condensazione con lo sconto del 30 per cento\n"
    "Termoidraulica Lario\n"
    "Lecco, il nuovo ospedale apre il pronto soccorso a gennaio\n"
    "Trenta posti letto in più. La Regione conferma i fondi per il personale\n"
    "di Luca Ferri\n"
    "I più letti\n"
    "Meteo del weekend\n"
    "Farmacie di turno\n"
)


def test_unstopped_cards_around_an_ad_box_are_teasers() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Como, chiusa la strada del lungolago per lavori fino a marzo", "related"),
        ("Lecco, il nuovo ospedale apre il pronto soccorso a gennaio", "related"),
    ]
    assert "Marta Rinaldi" not in drafts[0].body
    assert "caldaie" not in drafts[0].body
