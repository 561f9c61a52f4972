"""A live entry whose text opens with a sentence announcing the quote under it ("Speaking to
broadcasters, the minister said:" / the quote): the sentence is the entry's text, kept
under the entry's headline, not a short line of a link list."""

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
Unions announce walkout for 12 December
The RMT and Aslef have said their members will strike on 12 December over the fares rise.
14.31 GMT
Transport secretary defends rise
Speaking to broadcasters after the vote, the transport secretary said:
We have to pay for new trains somehow, and the fairest way is a modest rise for the people who use them.
12.40 GMT
Fares rise confirmed
The government has confirmed that regulated rail fares in England will rise by 4% in March.
"""  # noqa: E501


def test_the_sentence_announcing_the_quote_stays_in_the_entry() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    body = drafts[0].body
    assert "Transport secretary defends rise" in body
    assert "Speaking to broadcasters after the vote, the transport secretary said:" in body
