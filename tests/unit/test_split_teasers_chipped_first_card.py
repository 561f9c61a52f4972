"""split: a card list of chip / headline / standfirst / date whose standfirsts print no
full stop, with a card of a headline alone further down (the list's shape): the first
card's line under its chip is its headline, not a long kicker over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


AUTHOR_PAGE = """\
The Northern Record - Back to homepage
News
Opinion
Sport
Helen Marsh
Helen Marsh is the Record's transport correspondent
Analysis
Ferry operator scraps winter timetable after losing its second vessel
Islanders face four days a week without a crossing while the replacement ship is repaired at a yard in Glasgow
10 Mar 2026
Environment
Council to close Harbour Road bridge for six months of repairs
Engineers found corrosion in the main supports during a routine inspection last autumn and say the work cannot wait
8 Mar 2026
Politics
Rural bus routes cut back as subsidy runs out in April
5 Mar 2026
About us
"""  # noqa: E501


def test_first_card_under_a_chip_keeps_its_headline_over_its_standfirst() -> None:
    drafts = split(AUTHOR_PAGE)
    first = drafts[0]
    assert first.title == "Ferry operator scraps winter timetable after losing its second vessel"
    assert first.body.startswith("Islanders face four days a week without a crossing")
    assert drafts[-1].title == "Rural bus routes cut back as subsidy runs out in April"
