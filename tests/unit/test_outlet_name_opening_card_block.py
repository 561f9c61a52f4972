"""A portal's card printed as outlet / title / stamp alone under a box label clean takes
("More for You"): the outlet's name over the title, first in its block, is the card's
publisher, not the box's heading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)

PORTAL_STORY = """\
Microsoft Start
Sign in
News
The Guardian
Story by Nadia Holm
• 2h •
Council approves new tram line through the city centre after five years of delays
Councillors voted 41 to 12 on Monday evening to approve the long-delayed tram extension.
The line will run from the railway station to the hospital, with eight new stops.
Work is due to begin in the spring and the first trams should run in late 2029.
Continue reading
More for You
Channel Four News
Hospital waiting lists fall for the third month in a row
4h
"""


def test_the_outlet_over_a_lone_card_is_its_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PORTAL_STORY, fetched_at=FETCHED)))
    assert [(draft.title, draft.source) for draft in drafts] == [
        (
            "Council approves new tram line through the city centre after five years of delays",
            "The Guardian",
        ),
        ("Hospital waiting lists fall for the third month in a row", "Channel Four News"),
    ]
