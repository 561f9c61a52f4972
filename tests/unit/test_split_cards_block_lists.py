"""split: on a page whose cards stand a blank line apart, the blocks of one card each
under one another are one list for its sources (split_cards._next_block): a word over one
card's title, where no other card prints a source, is its chip. Page-like inputs written
for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.source) for d in split(text)]


TOPIC_BLOCKS = """\
Rhein-Zeitung
Frankfurt
Politik
Wirtschaft
Sport
Thema Wohngeld
Wohngeld 2026: Warum viele Haushalte jetzt mehr bekommen
Stand: 13.03.2026 16:04 Uhr
Seit Jahresbeginn gilt das neue Wohngeld. Doch erst jetzt, mit den ersten Bescheiden, merken viele Mieter, wie stark sich die Reform auswirkt. Die wichtigsten Fragen und Antworten.
Von Katrin Wehner
Was hat sich geändert?
Das Wohngeld wird seit dem 1. Januar nach neuen Regeln berechnet. Die Bundesregierung hatte die Beträge an die gestiegenen Mieten und Heizkosten angepasst, die Zahl der berechtigten Haushalte ist deutlich gestiegen.
Wer bekommt jetzt mehr?
Vor allem Familien mit Kindern und Rentner in Städten mit hohen Mieten profitieren. Wer schon bisher Wohngeld bekam, muss keinen neuen Antrag stellen, die Behörden rechnen automatisch neu.
Alle Artikel zum Thema

Frankfurt
Stadtrat beschließt neue Mietobergrenzen für städtische Wohnungen ab dem Sommer
Die Wohnungsbaugesellschaft muss ihre Mieten für drei Jahre einfrieren.
12.03.2026

Verbraucher
Heizkostenabrechnung: Wann Mieter eine Nachzahlung verweigern dürfen
10.03.2026

Die Reform ist richtig – aber sie kommt für viele Familien zu spät
08.03.2026

Wohngeld
Mieten
Impressum
"""  # noqa: E501


def test_word_over_one_title_of_a_block_list_is_its_chip() -> None:
    # "Verbraucher" over one card's title, no other card of the blocks printing a source:
    # the card's chip (its section), no publisher
    assert [source for _, source in sources(TOPIC_BLOCKS)][1:] == [None, None, None]


SOURCED_BLOCKS = (
    TOPIC_BLOCKS.replace("zum Thema\n\nFrankfurt\n", "zum Thema\n\nDer Spiegel\n")
    .replace("Verbraucher\n", "Reuters\n")
    .replace("\nDie Reform", "\nReuters\nDie Reform")
)


def test_block_list_printing_publishers_keeps_them() -> None:
    # must-stay: the blocks print a publisher over each title: each card keeps it
    assert [source for _, source in sources(SOURCED_BLOCKS)][1:] == [
        "Der Spiegel",
        "Reuters",
        "Reuters",
    ]


ARTICLE_THEN_CARD = """\
The Cape Chronicle
News
Business
Dam levels drop to 38% as the city urges residents to save water
Updated 2 days ago
By Jane Marsh
The city's dam levels have fallen to 38% of capacity, the water department said on Monday, reviving fears of a drought like the one eight years ago.
The mayor urged residents to keep their daily use below 150 litres a person and said restrictions could follow next month.

News24
5 hrs ago
Eskom's winter outlook: no load-shedding expected for now
The utility said its plants were performing at their best level in five years.
"""  # noqa: E501


def test_publisher_of_a_card_under_an_article_text_stays() -> None:
    # must-stay: the article's text over the blank line is no card's block: the card
    # under it keeps its publisher
    assert sources(ARTICLE_THEN_CARD)[-1][1] == "News24"
