"""clean: a sentence that opens with a player's or a badge's words is the story's ("Video more
than doubled its share …", "The Trust Project, a consortium …"); only the notice or the logo
alone on its line ("Video more than 2 weeks old", "The Trust Project") is UI."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

STORY = """\
Streaming ads overtake search for the first time
29 November 2026, 09:00
Spending on streaming adverts overtook search advertising this year, a report found on Sunday.
Video more than doubled its share of the market in five years.
The Trust Project, a consortium of news organisations, drew up new labelling rules.
Video more than 2 weeks old
The Trust Project
Search spending fell by 4% as advertisers moved budgets to streaming platforms.
"""


def test_sentences_opening_with_notice_words_stay() -> None:
    lines = clean_page(RawPage(text=STORY, fetched_at=FETCHED)).lines
    assert "Video more than doubled its share of the market in five years." in lines
    assert (
        "The Trust Project, a consortium of news organisations, drew up new labelling rules."
        in lines
    )


def test_the_notice_and_the_logo_alone_go() -> None:
    lines = clean_page(RawPage(text=STORY, fetched_at=FETCHED)).lines
    assert "Video more than 2 weeks old" not in lines
    assert "The Trust Project" not in lines
