"""An explainer's timeline printed date / two-word heading / sentence ("12 March 2024" /
"First complaint" / …) reads like a run of two-word headline / summary / stamp cards one
line off: the dates stand over the headings (a stamp over the run's first heading, a
heading and sentence without a stamp closing it). The timeline is the story's text, no
cards."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
TEXT = (
    "City Tribune\nNews\nPolitics\n"
    "Tower block damp: how the warnings were missed\n"
    "By Priya Natarajan\n"
    "December 4, 2026\n"
    "Residents of Fenwick House first raised concerns about damp more than two years before "
    "the council ordered the block to be emptied.\n"
    "Documents show inspectors visited four times, but repairs were put off each time.\n"
    "Here is how events unfolded.\n"
    "12 March 2024\n"
    "First complaint\n"
    "A tenant on the ninth floor reported black mould spreading across a bedroom wall.\n"
    "3 September 2024\n"
    "Inspection ordered\n"
    "Council inspectors found damp in eleven flats and recommended new ventilation.\n"
    "18 February 2025\n"
    "Repairs postponed\n"
    "The housing committee moved the ventilation work to the following year's budget.\n"
    "9 October 2025\n"
    "Residents moved\n"
    "The council began moving families out after a survey found water damage to the frame.\n"
)


def test_a_timeline_of_dated_two_word_headings_is_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=TEXT, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == ["Tower block damp: how the warnings were missed"]
    assert "Council inspectors found damp in eleven flats" in drafts[0].body
