"""split: an agency's name alone under a caption without a full stop in the header ("By Name"
/ "Passengers at Oban Ferry Terminal" / "Getty Images" / text): the credit is that caption's,
and the text's first paragraph under it stays in the body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Region News\nScotland\nGlasgow\n"
    "Ferry operator to cut winter sailings to the islands\n"
    "The company says the change will protect the timetable.\n"
    "First published 30 Nov 2026 at 08:15\n"
    "Last updated 30 Nov 2026 at 10:02\n"
    "By Morag Reid\n"
    "Passengers at Oban Ferry Terminal\n"
    "Getty Images\n"
    "The operator will cut about 40 sailings a week from its timetable between December and "
    "March, the company has confirmed.\n"
    "Island councils said the cuts would hurt local businesses.\n"
    "The government said no island would lose its daily service.\n"
)


def test_the_first_paragraph_under_a_credited_caption_stays_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert "about 40 sailings a week" in drafts[0].body
    assert all("40 sailings" not in caption.text for caption in drafts[0].captions)
