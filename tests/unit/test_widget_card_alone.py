"""A page with no lead whose only card is a widget's (a listings page's prompt to the
reader, a forecast's temperature reading) has no article (README: navigation and
widgets are not articles)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

DELAYS = """\
WXYZ 9
Weather
Delays
Traffic
Church and Business Delays
Last updated: 5:48 AM EST
Search delays
Grace Lutheran Church
Closed
Riverside Dental Group
Opening at 10 AM
Maple Street Library
Closed
{0}
Get the WXYZ 9 app
"""

FORECAST = """\
KBTV 4
News
Weather
Video
Weather
10-Day Forecast
Burlington, VT
Now
31°
Light Snow
{0}
Today
High 29° / Low 18°
Thursday
High 34° / Low 25°
Friday
Snow showers
High 30° / Low 21°
Interactive Radar
Weather Alerts
There are no active alerts for this area.
Get the KBTV Weather app
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_prompt_to_add_a_listing_is_no_article() -> None:
    assert split(DELAYS.format("Don't see your church or business? Submit it here.")) == []


def test_a_temperature_reading_is_no_article() -> None:
    assert split(FORECAST.format("Feels like 24°")) == []


def test_a_news_summary_under_the_list_title_stays() -> None:
    # must stay: a summary that tells of others is a teaser's, not a prompt
    drafts = split(DELAYS.format("Snow forced dozens of churches to cancel services on Sunday."))
    assert [d.title for d in drafts] == ["Church and Business Delays"]
