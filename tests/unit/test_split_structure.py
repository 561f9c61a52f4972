"""split: structural signals that do not depend on any site's wording."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2025, 11, 20, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


UNLABELLED_LIVE_BLOG = """\
Morning Ledger
Flooding closes river crossings as rain keeps falling across the valley
Last updated: 20.11.2025 14:40 Uhr
Crews have closed four bridges since dawn.
14:32 Uhr
Bridge on Route 9 closed
Engineers found water over the deck of the Route 9 bridge and closed it to all traffic.
13:58 Uhr
Schools send pupils home
Six schools in the valley sent pupils home at midday as a precaution, the district said.
13:15 Uhr
Rain gauge record broken
The gauge at Millbrook recorded 84 millimetres in twelve hours, a record for November.
"""


def test_a_live_blog_is_found_by_its_clock_stamped_entries() -> None:
    drafts = split(UNLABELLED_LIVE_BLOG)
    assert len(drafts) == 1
    blog = drafts[0]
    assert blog.role == "lead"
    assert blog.title.startswith("Flooding closes river crossings")
    for kept in ("14:32 Uhr", "Bridge on Route 9 closed", "13:15 Uhr", "a record for November."):
        assert kept in blog.body


TITLE_CASE_AND_KICKER = """\
The Review
Finance & economics
I Replaced Our Cron Jobs With a Queue. Here’s What Broke.
Three lessons from moving scheduled tasks to an event-driven design, and what we would do again.
Feb 10th 2026
Last spring our team owned 140 cron jobs spread across nine servers, and nobody knew which mattered.
Written by Ravi Shankar
Staff engineer. Writes about distributed systems and the people who run them at night.
"""


def test_title_case_headline_kicker_and_author_box() -> None:
    drafts = split(TITLE_CASE_AND_KICKER)
    assert [draft.title for draft in drafts] == [
        "I Replaced Our Cron Jobs With a Queue. Here’s What Broke."
    ]
    assert "Last spring our team" in drafts[0].body
    assert "Staff engineer" not in drafts[0].body  # the author box after the text


NOTICE = """\
Hometown Gazette
Unavailable in your region
Thank you for your interest in the Hometown Gazette and in our local reporting.
Our website is not available in your region at this time because of data privacy rules.
If you are a subscriber and see this message in error, please contact your customer service team.
"""


def test_a_notice_that_speaks_to_the_reader_is_no_article() -> None:
    assert split(NOTICE) == []
