"""A river under its heading whose cards print stamp / topic chip / title ("Latest" /
"Posted 5m ago" / "Tasmania" / title / …): the chip sits between each stamp and its title,
so each stamp heads the title under the chip; no title takes the stamp of the card after
it, and the last story is kept."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Home
Local
Weather
Latest
Posted 5m ago
Tasmania
Bushfire threatens homes near Dunalley as winds pick up
Posted 50m ago
Health
Hospital waiting lists fall for the third month in a row
Posted 2h ago
Cricket
Openers put on a century stand as the second Test begins
"""


def test_each_stamp_heads_the_title_under_its_chip() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Bushfire threatens homes near Dunalley as winds pick up", "Posted 5m ago"),
        ("Hospital waiting lists fall for the third month in a row", "Posted 50m ago"),
        ("Openers put on a century stand as the second Test begins", "Posted 2h ago"),
    ]
