"""A live blog whose header prints a bare stamp (its last update: "Mon 30 Nov 2026 15.47
GMT") and whose "First published on …" stamp stands after its last entry: the publication
wins, as it does over an "Updated …" header stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)

PAGE = """\
News
Live
Ministers defend rail fares rise as unions plan walkout – live
The transport secretary says the 4% rise is the lowest in five years; unions call it a tax on commuters
Ann Lee
Mon 30 Nov 2026 15.47 GMT
15.35 GMT
Unions announce walkout for 12 December
The RMT and Aslef have said their members will strike on 12 December over the fares rise.
14.31 GMT
Transport secretary defends rise
The transport secretary told MPs the rise was needed to fund new trains on busy routes.
12.40 GMT
Fares rise confirmed
The government has confirmed that regulated rail fares in England will rise by 4% in March.
First published on Mon 30 Nov 2026 09.02 GMT
"""  # noqa: E501


def test_the_blog_s_first_published_stamp_wins_over_its_bare_header_stamp() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].title == "Ministers defend rail fares rise as unions plan walkout – live"
    assert drafts[0].time_text == "First published on Mon 30 Nov 2026 09.02 GMT"
