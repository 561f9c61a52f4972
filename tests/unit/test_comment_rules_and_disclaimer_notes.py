"""A comment section's rules note ("We want our comments to be … part of our community.")
and a page's disclaimer on its comments ("Comments expressed here do not reflect …") are
furniture under the text, not the story's."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """News
Library opening hours cut at three branches from January
By Tom Reed
30th November
Three branch libraries in the borough will open on four days a week from January.
The council said the change would save about £90,000 a year.
Campaigners said they would hand in a petition at the next full council meeting.
Comments: Our rules
We want our comments to be a lively and valuable part of our community.
Disclaimer
Comments expressed here do not reflect the opinions of the publisher or its staff."""


def test_comment_rules_and_disclaimer_leave_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "lively and valuable" not in lead.body
    assert "do not reflect" not in lead.body
    assert "Campaigners said" in lead.body
