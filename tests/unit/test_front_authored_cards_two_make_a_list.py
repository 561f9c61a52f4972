"""split: on a front page whose cards print their author under the summary, two such
cards among byline-only links are a list of teasers (the links are navigation); a story
prints its byline once, over its text, and keeps its lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)

FRONT = (
    "The Lakeside Ledger\n"
    "Metro\n"
    "Business\n"
    "METRO\n"
    "Ferry service to the islands will stop for two weeks in February\n"
    "The operator says both boats need new engines before the summer season.\n"
    "By Dana Whitfield, Ledger Staff\n"
    "BUSINESS\n"
    "Mill owners ask state for help with power bills\n"
    "By Omar Haddad, Ledger Staff\n"
    "SPORTS\n"
    "Lakers edge Hawks in double overtime thriller\n"
    "Jamal Reed scored 41 points, including the winning basket.\n"
    "By Erin Walsh, Ledger Staff\n"
)

STORY = (
    "The Lakeside Ledger\n"
    "Metro\n"
    "Ferry service to the islands will stop for two weeks in February\n"
    "The operator says both boats need new engines before the summer season.\n"
    "By Dana Whitfield, Ledger Staff\n"
    "Island residents will have to rely on a single water taxi while the work is done.\n"
    "The operator said the engines had been ordered in the spring and arrived last week.\n"
    "Council members asked for a second taxi to run at rush hour.\n"
)


def test_two_authored_cards_among_byline_links_are_teasers() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Ferry service to the islands will stop for two weeks in February", "related"),
        ("Lakers edge Hawks in double overtime thriller", "related"),
    ]
    assert "Dana Whitfield" not in drafts[0].body


def test_story_with_byline_under_standfirst_keeps_its_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Ferry service to the islands will stop for two weeks in February", "lead")
    ]
