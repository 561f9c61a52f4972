"""An "Image source, X" line over the first "Image caption, …" at the text's start, under
the header's byline, is that caption's credit, not a header line left out of the body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Scotland
Ferry operator orders two new vessels for island routes
3 hours ago
Share
Morag Lindsay
BBC Scotland transport correspondent
Image source, PA Media
Image caption, The new ferries will serve the Uist and Barra routes from 2029
The state-owned ferry operator has ordered two new vessels for its island routes, the \
Scottish government has confirmed.
The contract, worth £115m, was awarded to a shipyard in Gdansk after a tender that drew \
bids from four countries.
Islanders said the announcement was "long overdue" after years of breakdowns.
"""


def test_the_first_image_source_line_credits_its_caption() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(
                text=PAGE,
                url="https://www.example-broadcaster.example/news/ferries",
                fetched_at=datetime(2026, 11, 28, 12, 0, tzinfo=UTC),
            )
        )
    )
    assert len(drafts) == 1
    assert [(c.text, c.credit) for c in drafts[0].captions] == [
        ("The new ferries will serve the Uist and Barra routes from 2029", "PA Media")
    ]
    assert "Image source" not in drafts[0].body
