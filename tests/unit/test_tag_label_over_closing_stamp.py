"""A tag list behind its label ("Topics : Budget Rates Banks") over the page's closing stamp
("First Published: …") is no teaser card's headline: the page gives one article."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
URL = "https://www.paper.example/economy/rbi-holds-repo-rate-126112900300_1.html"

PAGE = """\
Markets
Companies
Opinion
RBI holds repo rate at 6.25%, trims growth forecast for the year
The central bank kept its policy rate unchanged for a fourth meeting and cut its growth estimate to 6.4 per cent.
The Reserve Bank of India headquarters in Mumbai (Photo: Reuters)
Press Trust of India Mumbai
2 min read Last Updated : Nov 29 2026 | 1:05 PM IST
Listen to This Article
The Reserve Bank of India on Friday kept its key lending rate unchanged at 6.25 per cent, as food prices stayed high and the rupee weakened against the dollar.
Governor Sanjay Malhotra said the committee would watch inflation closely before any further move, and that liquidity in the banking system remained adequate.
Five of the six members of the monetary policy committee voted to hold the rate.
Topics : RBI Repo rate Monetary policy Inflation
First Published: Nov 29 2026 | 12:58 PM IST
Copyrights © 2026 All rights reserved
"""  # noqa: E501


def test_the_tag_line_over_the_closing_stamp_makes_no_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED, url=URL)))
    assert [draft.title for draft in drafts] == [
        "RBI holds repo rate at 6.25%, trims growth forecast for the year"
    ]
