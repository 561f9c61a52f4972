"""A portal's article view prints the header's stamp, then the picture's caption and the
agency's bare copyright ("© AP") over the text: the copyright credits the caption, it is
no footer ending the story; the story keeps its text and the caption its credit."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Portal
News
Harbour Herald
Ferry timetable cut for winter as crew shortage bites
Story by Ann Reed
• 4h •
The last evening ferry leaving the island pier
© AP
The island ferry will run four crossings a day instead of six from Monday, the operator said.
It blamed a shortage of qualified crew and said the full timetable would return in spring.
"""


def test_the_agency_copyright_under_a_caption_credits_it() -> None:
    [article] = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert article.title == "Ferry timetable cut for winter as crew shortage bites"
    assert "four crossings a day" in article.body
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("The last evening ferry leaving the island pier", "AP")
    ]
