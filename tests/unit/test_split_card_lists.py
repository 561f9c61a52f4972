"""split: lists of cards on pages without a lead (search results, section fronts, topic
pages): the list's shape read from its cards, and the near-misses that keep their shape.
Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def fields(drafts: list[ArticleDraft]) -> list[tuple[str, str | None]]:
    return [(draft.title, draft.time_text) for draft in drafts]


SEARCH_HITS = """\
Harbour Gazette
News
Sport
Search results for "ferry"
NEWS
£2m ferry terminal upgrade opens to passengers after long delay
…the new ramp and waiting hall mean foot passengers no longer queue outside, the port said…
By Moira Quinn
10 March 2026
NEWS
Ferry crews vote to strike over weekend rota changes
…the union said members backed action by a large margin after talks with the operator broke down…
By Tom Ellery
8 March 2026
OPINION
We cannot keep cutting winter sailings to the outer islands
…if the council means what it says about island life, the timetable has to change next year…
Councillor Ann Petrie
5 March 2026
BUSINESS
Harbour firm wins contract to build the new ferry pontoon
…the company, which employs forty people at its yard on the quay, will start work in April…
By Sam Reid
2 March 2026
NEWS
Island families say the late ferry cut leaves them stranded after hospital visits
By Moira Quinn
28 February 2026
"""


def test_search_hits_close_with_byline_and_date_each_title_keeps_its_own_date() -> None:
    drafts = split(SEARCH_HITS)
    assert fields(drafts) == [
        ("£2m ferry terminal upgrade opens to passengers after long delay", "10 March 2026"),
        ("Ferry crews vote to strike over weekend rota changes", "8 March 2026"),
        ("We cannot keep cutting winter sailings to the outer islands", "5 March 2026"),
        ("Harbour firm wins contract to build the new ferry pontoon", "2 March 2026"),
        (
            "Island families say the late ferry cut leaves them stranded after hospital visits",
            "28 February 2026",
        ),
    ]
    assert "the new ramp and waiting hall" in drafts[0].body
    assert all(draft.source is None for draft in drafts)  # (authors and a councillor: no source)


def test_article_header_with_deck_byline_and_date_keeps_its_text_and_agency() -> None:
    """Must stay: title / deck / agency byline / date / text is an article's header, not a
    card closed by its byline, even over a list of title / summary / stamp cards."""
    page = """\
Region
Politics
Harbour board warns of a weak winter for the port's container trade
Freight volumes are expected to stay flat until spring, the board said on Friday.
By Jan Berg, AFP
March 14, 2026, 10:47
The Harbour Gazette photo of the quay. Photo: Ann Lee/AFP
The harbour board expects container volumes to stay flat through the winter, its chair \
told members on Friday, citing weak demand from inland factories.
Bulk cargo is holding up better, the board said, as grain exports continue at last year's \
pace and two new berths open in the spring.

Board approves new ferry timetable for the summer season
The timetable adds two sailings a day to the outer islands from May.
3 hours ago
Dock workers agree pay deal after two weeks of talks
5 hours ago
"""
    drafts = split(page)
    assert drafts[0].title == (
        "Harbour board warns of a weak winter for the port's container trade"
    )
    assert drafts[0].source == "AFP"
    assert "citing weak demand from inland factories" in drafts[0].body


def test_a_headline_may_open_with_an_amount() -> None:
    assert _is_title("£14m flood defences for Skipton finally complete after delay")
    assert _is_title("$5bn deal puts the port in foreign hands")


def test_a_price_is_no_headline() -> None:
    """Must stay: a subscription price ("₹99 / month") is no headline."""
    assert not _is_title("₹99 / month")
    assert not _is_title("$4.99 per week")
