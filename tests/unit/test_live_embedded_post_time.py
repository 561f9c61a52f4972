"""An embedded post inside a live blog's entry (its author's name, its handle, its text and
its time, "3:12 PM · Nov 30, 2026"): the post's time goes with its author and handle; the
entries keep their own stamps."""

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
Updated 15.47 GMT
15.35 GMT
Union leader posts video on X
The RMT's general secretary has posted a video on X calling the rise a tax on commuters.
Mick Holt
@MickHoltRMT
Another fares rise, another year of cuts to services. Our members will not stand for it.
3:12 PM · Nov 30, 2026
14.31 GMT
Transport secretary defends rise
The transport secretary told MPs the rise was needed to fund new trains on busy routes.
12.40 GMT
Fares rise confirmed
The government has confirmed that regulated rail fares in England will rise by 4% in March.
"""  # noqa: E501


def test_the_post_s_time_is_no_line_of_the_blog() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    body = drafts[0].body
    assert "Our members will not stand for it." in body
    assert "3:12 PM · Nov 30, 2026" not in body
    assert "14.31 GMT" in body
