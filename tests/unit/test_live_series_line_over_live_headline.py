"""A live blog's series line under its "Live" kicker ("Politics live with Ann Lee") over the
blog's longer headline that calls itself live ("… – UK politics live"): the headline is the
blog's title, the series line only where the blog runs."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)

PAGE = """\
News
Politics
Live
Politics live with Ann Lee
Ministers defend rail fares rise as unions plan walkout – UK politics live
The transport secretary says the 4% rise is the lowest in five years; unions call it a tax on commuters
Ann Lee
Mon 30 Nov 2026 15.47 GMT
15.35 GMT
Unions announce walkout for 12 December
The RMT and Aslef have said their members will strike on 12 December over the fares rise.
14.31 GMT
Transport secretary defends rise
Speaking in the Commons, the transport secretary said the rise was needed to fund new trains.
12.40 GMT
Fares rise confirmed
The government has confirmed that regulated rail fares in England will rise by 4% in March.
"""  # noqa: E501


def test_the_headline_that_says_live_is_the_blog_s_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].title == (
        "Ministers defend rail fares rise as unions plan walkout – UK politics live"
    )
    assert "Politics live with Ann Lee" not in drafts[0].body
