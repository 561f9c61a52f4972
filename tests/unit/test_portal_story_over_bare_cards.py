"""Under a list heading ("Top stories"), one long paragraph under a headline and its source
and stamp, over cards that print only a headline, a source and a stamp, is a story over its
links, the page's lead: only where the other cards print a summary too is it a teaser's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 15, 0, tzinfo=UTC)

PAGE = """\
Daily Wire Digest
Home
World
Business
Top stories
Port strike ends after dockers accept 9 percent pay rise over two years
Reuters · 1h ago
Dock workers at the country's three largest container ports voted on Tuesday to accept a pay rise of nine percent over two years, ending a strike that had stranded more than 200 ships offshore for nine days and cost exporters an estimated $1.4 billion, union leader Maria Costa told reporters outside the ballot count in the capital.
Shipping rates fall as backlog starts to clear
Bloomberg · 2h ago
Exporters count cost of nine-day stoppage
AP · 3h ago
Government promises review of port labour laws
Reuters · 4h ago
"""  # noqa: E501


def test_a_long_paragraph_over_bare_sourced_cards_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.role for draft in drafts] == ["lead", "related", "related", "related"]
