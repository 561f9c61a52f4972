"""A topic kicker whose first word is a hyphenated prefix ("Post-Brexit Trade",
"Post-Election Analysis") over a card's title names no masthead, though "post" is an
outlet word: only a hyphenated word's last half is a masthead's ("Post-Gazette")
(audit D's d15)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

CARDS = """\
The Valley Ledger
Politics
Post-Election Analysis
Turnout rose in every ward of the county for the first time
Young voters made up a third of those who cast a ballot on Thursday.
3 hours ago
Post-Election Analysis
Council's new leader promises a budget review by spring
The review will look at every department's spending since 2022.
6 hours ago
"""


def test_a_hyphenated_prefix_kicker_is_no_publisher() -> None:
    found = split_articles(clean_page(RawPage(text=CARDS, fetched_at=FETCHED)))
    assert [draft.source for draft in found] == [None, None]
