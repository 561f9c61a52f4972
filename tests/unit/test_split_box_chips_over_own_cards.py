"""A box of cards between the paragraphs of the site's own story (no publisher printed with
it): the short line over each card's headline is the card's chip (a topic, a place, a
body the story is about), no source; a syndicated story's box of other outlets' cards keeps
their names as sources."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

HEADER = """\
Stadtanzeiger Online
Politik
Wirtschaft
Sport
{publisher}Neue Radwege in der Weststadt: Stadt startet Bauarbeiten im März
Der Gemeinderat hat das Radwegenetz beschlossen. Die ersten Abschnitte sollen im Frühjahr fertig sein.
Von Jana Keller
28.11.2026, 08:15 Uhr
Die Stadt will bis Ende 2027 insgesamt neun Kilometer geschützte Radwege in der Weststadt bauen lassen, wie der Gemeinderat am Donnerstagabend beschlossen hat.
Die ersten Abschnitte entstehen an der Hauptstraße und am Bahnhofsplatz, wo sich in den vergangenen Jahren besonders viele Unfälle mit Radfahrern ereignet haben.
Mehr zum Thema
Parken
Parkgebühren in der Innenstadt steigen zum Jahreswechsel
21.11.2026
VCD
Bürgerverein fordert mehr Tempo-30-Zonen vor Schulen
14.11.2026
Die Kosten für das Projekt liegen nach Angaben der Verwaltung bei rund 14 Millionen Euro, von denen das Land etwa die Hälfte aus seinem Förderprogramm übernimmt.
Der Fahrradclub begrüßte den Beschluss, mahnte aber an, dass die neuen Wege auch im Winter geräumt werden müssten, damit sie das ganze Jahr über genutzt werden können.
Impressum
Datenschutz
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_line_over_a_card_in_the_own_storys_box_is_a_chip() -> None:
    drafts = split(HEADER.format(publisher=""))
    assert [draft.title for draft in drafts[1:]] == [
        "Parkgebühren in der Innenstadt steigen zum Jahreswechsel",
        "Bürgerverein fordert mehr Tempo-30-Zonen vor Schulen",
    ]
    assert [draft.source for draft in drafts[1:]] == [None, None]
    assert "Der Fahrradclub begrüßte den Beschluss" in drafts[0].body


def test_a_known_outlet_over_a_card_stays_its_source() -> None:
    text = HEADER.format(publisher="").replace("Parken\n", "Reuters\n")
    assert split(text)[1].source == "Reuters"


def test_a_syndicated_storys_box_keeps_its_cards_sources() -> None:
    drafts = split(HEADER.format(publisher="dpa\n"))
    assert drafts[0].source == "dpa"
    assert [draft.source for draft in drafts[1:]] == ["Parken", "VCD"]
