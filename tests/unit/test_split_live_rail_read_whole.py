"""split_live._live_blog: the cards under a blog's "Related" heading are read from the
heading on (``_find_cards(..., text_over=False)``): a rail whose cards print title / chip /
stamp keeps its first card, whose title stands over the rail's first stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
Coast Radio News
Live updates: Flood warnings across the Riverina as the Murray keeps rising
Posted Mon 30 Nov 2026 at 6:05am AEDT
7:41pm AEDT
Evacuation centre opens in Wagga Wagga
The council has opened an evacuation centre at the showground for residents of low-lying streets.
7:12pm AEDT
Sandbag collection points extended
The SES says sandbag collection points in Albury and Corowa will stay open until midnight tonight.
6:30pm AEDT
River expected to peak on Wednesday
Forecasters expect the Murray at Corowa to peak at 7.4 metres on Wednesday morning, \
above the 2022 level.

Related stories
What to pack in an emergency kit before a flood
Topic: Floods
Posted 3h ago
How insurers will handle flood claims this summer
Topic: Insurance
Posted Sun 29 Nov 2026 at 4:30pm AEDT
"""


def test_a_rails_first_card_over_its_chip_and_stamp_stays_a_teaser() -> None:
    drafts = split(BLOG)
    titles = [draft.title for draft in drafts]
    assert titles[0].startswith("Live updates: Flood warnings")
    assert titles[1:] == [
        "What to pack in an emergency kit before a flood",
        "How insurers will handle flood claims this summer",
    ]
    assert drafts[1].time_text == "Posted 3h ago"
