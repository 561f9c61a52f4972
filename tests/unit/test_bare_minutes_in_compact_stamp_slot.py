"""A bare age in minutes ("35 min") under a card's title and summary, where the page's
other cards print compact ages in that slot ("2 u", "3 u"): the card's stamp, not a
reading time (auditor B's B-3). Unread, the card lost its stamp and the list was read one
card off. Under an article's standfirst, over its text, "5 min" stays a reading time."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.krant.example.be/sport/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


CARDS = """\
Wielrennen
Van Aert wint de eerste rit in de Ronde van Valencia na een lange sprint
De Belg was in de laatste honderd meter de sterkste van het peloton.
40 min
Tennis
Goffin haalt de kwartfinale in Marrakesh na een zware driesetter
De Luikenaar moest in de derde set twee matchpunten wegwerken.
2 u
Basket
Oostende verliest opnieuw in de Europese beker tegen een Turkse ploeg
De kustploeg kon de achterstand na de rust niet meer goedmaken.
3 u
Meer laden
"""


def test_bare_minutes_in_the_cards_stamp_slot_is_the_cards_stamp() -> None:
    stamped = [(draft.title, draft.time_text) for draft in split(CARDS)]
    assert stamped == [
        ("Van Aert wint de eerste rit in de Ronde van Valencia na een lange sprint", "40 min"),
        ("Goffin haalt de kwartfinale in Marrakesh na een zware driesetter", "2 u"),
        ("Oostende verliest opnieuw in de Europese beker tegen een Turkse ploeg", "3 u"),
    ]


ARTICLE = (
    "Van Aert wint de eerste rit in de Ronde van Valencia na een lange sprint\n"
    "De Belg was in de laatste honderd meter de sterkste van het peloton.\n"
    "5 min\n"
    "Wout van Aert heeft woensdag de eerste rit in de Ronde van Valencia gewonnen. Na een "
    "lange sprint hield hij de Nederlander Olav Kooij en de Fransman Arnaud Démare achter zich.\n"
    "Het was zijn eerste zege van het seizoen. Van Aert rijdt in Spanje zijn eerste wedstrijd "
    "na een lange winterstop, waarin hij herstelde van een knieblessure.\n"
    "Meer nieuws\n"
    "Goffin haalt de kwartfinale in Marrakesh na een zware driesetter\n"
    "De Luikenaar moest in de derde set twee matchpunten wegwerken.\n"
    "2 u\n"
    "Oostende verliest opnieuw in de Europese beker tegen een Turkse ploeg\n"
    "De kustploeg kon de achterstand na de rust niet meer goedmaken.\n"
    "3 u\n"
)


def test_bare_minutes_over_an_articles_text_stays_a_reading_time() -> None:
    drafts = split(ARTICLE)
    assert drafts[0].role == "lead"
    assert drafts[0].time_text != "5 min"
