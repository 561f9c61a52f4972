"""A portal prints its partner's name over the headline and again after the reporter's
name in the byline ("USA TODAY" / headline / "Name, USA TODAY"): that name is the story's
publisher, its source, even set in capitals like a section's kicker. A kicker in capitals
that no byline repeats stays no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

ECHOED = """\
Portal News
Home
US
World
{kicker}
Heat wave pushes power demand to a record across the Southwest
{byline}
Sun, Nov 29, 2026 at 4:10 PM UTC
Utilities across Arizona and Nevada asked customers to cut back on air conditioning in the evening hours as demand hit a record high on Saturday.
Grid operators said reserves stayed above emergency levels, but warned that another hot day could force rolling outages in some cities.
"""  # noqa: E501


def _split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://news.portal.example/heat-wave", fetched_at=FETCHED)
    return split_articles(clean_page(page))


def test_name_over_headline_repeated_after_reporter_is_the_source() -> None:
    [lead] = _split(ECHOED.format(kicker="DESERT TODAY", byline="Dana Ortiz, DESERT TODAY"))
    assert lead.title.startswith("Heat wave pushes power demand")
    assert lead.source == "DESERT TODAY"


def test_capitals_kicker_not_in_the_byline_is_no_source() -> None:
    [lead] = _split(ECHOED.format(kicker="WEATHER", byline="Dana Ortiz"))
    assert lead.source is None
