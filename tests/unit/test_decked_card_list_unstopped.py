"""A list of cards that each print a headline, a deck without a full stop and a bare stamp
(continental portals print their decks unstopped, often shorter than the headline): the
list's repeated shape says the upper line is the headline and the lower its deck."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Startseite
Nachrichten
Regional
Landtag stimmt für neue Busverbindungen im Umland
Ab März fahren drei Linien auch am Sonntag
vor 3 Std.
Hafen erwartet Rekord bei Containern in diesem Jahr
Der Umschlag stieg bis Oktober um acht Prozent
vor 5 Std.
"""


def test_each_card_keeps_its_headline_and_its_deck() -> None:
    cards = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [card.title for card in cards] == [
        "Landtag stimmt für neue Busverbindungen im Umland",
        "Hafen erwartet Rekord bei Containern in diesem Jahr",
    ]
    assert "Ab März fahren drei Linien" in cards[0].body
    assert "Der Umschlag stieg" in cards[1].body
