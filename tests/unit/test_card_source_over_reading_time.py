"""Cards whose meta line prints a publisher and a reading time, no stamp ("Source" / "·" /
"2 min read", "Source · 2 min read"): the reading time goes, the publisher is the card's
source, and the page counts as one whose cards print their sources."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


TITLES = [
    "Storm brings heavy snow to the northern plains as travel grinds to a halt",
    "Federal Reserve signals it will hold rates steady into the new year",
    "City council approves new transit budget after a marathon overnight session",
    "Scientists find evidence of ancient river system beneath Antarctic ice sheet",
]
# names that no outlet vocabulary knows: only the page's shape makes them publishers
SOURCES = ["Cache Valley Daily", "Signal Cleveland", "North Forty News", "Morning Courier"]

PARTS_ON_LINES = "\n".join(
    ["Home", "News", "Sports", "For you"]
    + [
        line
        for title, source, minutes in zip(TITLES, SOURCES, (2, 4, 3, 5), strict=True)
        for line in (title, source, "·", f"{minutes} min read")
    ]
    + ["Privacy", "Terms"]
)

ONE_LINE = "\n".join(
    ["Home", "News", "Sports", "For you"]
    + [
        line
        for title, source, minutes in zip(TITLES, SOURCES, (2, 4, 3, 5), strict=True)
        for line in (title, f"{source} · {minutes} min read")
    ]
    + ["Privacy", "Terms"]
)

SUMMARIES = "\n".join(
    ["Home", "News", "For you"]
    + [
        line
        for title, source in zip(TITLES, SOURCES, strict=True)
        for line in (
            title,
            f"The {source.split()[0].lower()} desk reported the story on Monday morning.",
            source,
            "·",
            "3 min read",
        )
    ]
    + ["Privacy"]
)


def test_publisher_over_reading_time_on_its_own_lines() -> None:
    drafts = split(PARTS_ON_LINES)
    assert [draft.title for draft in drafts] == TITLES
    assert [draft.source for draft in drafts] == SOURCES
    assert all(draft.role == "related" for draft in drafts)


def test_publisher_and_reading_time_on_one_line() -> None:
    drafts = split(ONE_LINE)
    assert [draft.title for draft in drafts] == TITLES
    assert [draft.source for draft in drafts] == SOURCES


def test_publisher_under_summary_over_reading_time() -> None:
    drafts = split(SUMMARIES)
    assert [draft.title for draft in drafts] == TITLES
    assert [draft.source for draft in drafts] == SOURCES


def test_clean_keeps_the_name_and_drops_the_reading_time() -> None:
    page = clean_page(RawPage(text=ONE_LINE, fetched_at=FETCHED))
    assert "Cache Valley Daily" in page.lines
    assert not any("min read" in line for line in page.lines)
    assert [page.lines[index] for index in page.chip_sources] == SOURCES


AUTHORS = ["Jane Doe", "Mark Ellison", "Sarah Lin", "Tom Reed"]


def test_author_before_reading_time_is_no_source() -> None:
    # "Jane Doe · 2 min read": an author's card line (a person's name), no publisher
    text = "\n".join(
        ["Home", "For you"]
        + [
            line
            for title, author in zip(TITLES, AUTHORS, strict=True)
            for line in (title, f"{author} · 4 min read")
        ]
    )
    assert all(draft.source is None for draft in split(text))


def test_byline_before_reading_time_is_not_kept_as_a_name() -> None:
    page = clean_page(RawPage(text="Headline of the story here\nBy Ann Lee · 4 min read\n"))
    assert page.chip_sources == ()


LEAD = "\n".join(
    [
        "Home",
        "News",
        "Council votes to extend downtown parking hours through the holidays",
        "Valley Tribune",
        "·",
        "3 min read",
        "The city council voted 6-1 on Tuesday night to extend paid parking hours downtown "
        "through the end of the holiday season, a move officials said would ease congestion.",
        "Council member Ana Ruiz, who cast the lone vote against the plan, said small "
        "businesses had not been consulted and warned that shoppers could stay away.",
        "The extension takes effect next Monday and runs until January 4, the city said in a "
        "statement released after the vote.",
        "More for you",
    ]
    + [
        line
        for title, source in zip(TITLES, SOURCES, strict=True)
        for line in (title, source, "·", "2 min read")
    ]
)


def test_portal_lead_publisher_over_reading_time() -> None:
    drafts = split(LEAD)
    assert drafts[0].role == "lead"
    assert drafts[0].source == "Valley Tribune"
    assert [draft.source for draft in drafts[1:]] == SOURCES


def test_publisher_and_reading_time_with_a_bullet() -> None:
    drafts = split(ONE_LINE.replace(" · ", " • "))
    assert [draft.source for draft in drafts] == SOURCES
