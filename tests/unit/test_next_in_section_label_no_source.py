"""A "Next In Nation" label over one link, after the story's related cards, closes the page:
a label over the site's next story in a section, no publisher's name, so the link under it is
no teaser card of its own."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Home
Nation
Sport
Sunday, 29 Nov 2026
9:15 AM
Port workers vote to accept pay deal after three-week strike
The dock workers' union said 78 per cent of members voted to accept the improved offer on Saturday.
Loading will resume at the container terminal on Monday morning, the port authority said.
Shipping lines had diverted more than 40 vessels to other ports during the dispute.
Related News
Nation
2h ago
Freight rates fall as shipping backlog at the terminal clears
Nation
5h ago
Container terminal to hire 200 staff before the spring season
Next In Nation
Fuel prices expected to rise again in December
"""


def test_the_link_under_a_next_in_label_is_no_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert "Fuel prices expected to rise again in December" not in [draft.title for draft in drafts]
