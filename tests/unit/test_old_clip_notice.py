"""A video player's notice over an old clip ("Video more than 3 weeks old") inside an
article's text is the player's, no headline: the clip under it is no related story and
the paragraphs under the player stay the lead's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Evening Post
News
Harbour bridge to close two nights for cable checks
By Mere Tane
2 Dec, 2026 06:10 AM
Engineers will inspect the bridge's main cables on two nights next week, the transport agency said.
Traffic will be sent over the western motorway between 10pm and 5am.
Video more than 3 weeks old
Evening Post Focus: Traffic update
2:05
The agency said buses would run to their usual timetable.
Cyclists can use the ferry at no charge on both nights."""


_RAW = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 9, tzinfo=UTC))


def test_the_old_clip_notice_is_ui() -> None:
    assert "Video more than 3 weeks old" not in clean_page(_RAW).lines


def test_the_text_under_an_old_clip_stays_the_lead() -> None:
    articles = process_page(_RAW)
    assert [article.role for article in articles] == ["lead"]
    assert "Cyclists can use the ferry" in articles[0].body
