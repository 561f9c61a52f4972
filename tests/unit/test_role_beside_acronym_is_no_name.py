"""What an author is, printed under their byline beside their beat's acronym ("Senior NFL
reporter", "NHS correspondent"), is a role, not a publisher's name shaped like "FOCUS
online" (one lower-case word beside a brand set in capitals): the story it heads has no
source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_name

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
STORY = (
    "Scores\n"
    "Fantasy\n"
    "Harbour Sports\n"
    "Dana Whitfield\n"
    "Senior NBA reporter\n"
    "Sat, November 28, 2026 at 10:15 PM UTC\n"
    "Rivermen rally from 18 down to stun the league leaders in double overtime\n"
    "The Rivermen trailed by 18 points midway through the third quarter on Saturday and "
    "still found a way to win, beating the league leaders 131-127 in double overtime.\n"
    "Point guard Malik Osei scored 41 points, 14 of them in the two extra periods, and "
    "added the steal that sealed the game with nine seconds left.\n"
    '"We never stopped believing in each other," coach Tara Lindqvist said afterwards.\n'
    "The Rivermen host the Comets on Tuesday night.\n"
)


def test_role_beside_acronym_is_no_name() -> None:
    assert not _is_name("Senior NFL reporter")
    assert not _is_name("NHS correspondent")
    assert _is_name("FOCUS online")


def test_story_under_role_line_has_no_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))
    assert drafts[0].title.startswith("Rivermen rally from 18 down")
    assert drafts[0].source is None
