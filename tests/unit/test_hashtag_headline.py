"""A headline opening with a hashtag kicker glued to it ("#FloodWatch: …") is a title:
the live page under it is the lead, not lost."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)

PAGE = """\
Coastline Radio
News
#FloodWatch2026: River levels rise across the northern districts
Updated November 30, 2026 2:10 PM
Emergency crews have moved sandbags to three villages along the river as the water keeps rising.
1:50 PM
The county council has opened two shelters in school halls for families leaving their homes.
Follow Coastline Radio for updates
"""


def test_a_hashtag_kicker_opens_a_title() -> None:
    assert _is_title("#FloodWatch2026: River levels rise across the northern districts")
    assert not _is_title("#")


def test_the_page_under_a_hashtag_headline_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].role == "lead"
    assert drafts[0].title.startswith("#FloodWatch2026")
    assert "shelters in school halls" in drafts[0].body
