"""A lone teaser whose headline names a temperature inside a sentence ("… hit 45° in
Seville") is a story's card, not a forecast widget's reading: a widget's reading closes
its label ("Feels like 24°")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

_LONE_TEASER = """Weather
Heatwave grips southern Spain as temperatures hit 44° in Córdoba
3 hours ago
"""


def test_a_headline_with_a_degree_inside_stays_a_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=_LONE_TEASER, fetched_at=FETCHED)))
    assert [d.title for d in drafts] == [
        "Heatwave grips southern Spain as temperatures hit 44° in Córdoba"
    ]
