"""split: "Name · Role" ("Ann Lee · Senior politics writer") between a card's summary and
its "Source · 3h" line is the card's byline, not the next card's title: the cards under
it keep their own titles and stamps."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _author_and_role

FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

FRONT = """\
Top stories
Rovers come from behind to win the derby in stoppage time
Two late goals turned the match after the visitors had led for most of the second half.
Ann Lee · Senior football writer
Sports Daily · 3h
Harbour City sign veteran keeper on a one-year deal
The club moved quickly after injuries left them without a fit goalkeeper.
Sports Daily · 8h
"""


def test_name_dot_role_is_an_author_and_role() -> None:
    assert _author_and_role("Ann Lee · Senior football writer")
    assert not _author_and_role("Ann Lee · housing economist")


def test_name_dot_role_closes_its_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts]
    assert "Ann Lee · Senior football writer" not in titles
    assert titles[-1] == "Harbour City sign veteran keeper on a one-year deal"
    assert drafts[-1].time_text == "8h"
