"""split: title / deck without its full stop / author / stamp, then a kicker over the next
card's title ("Analysis" / title / deck / author, a card with no stamp): the author and the
stamp close the card above them; they do not head the next title as its source and stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

TAG_FRONT = """\
Science
Space
Ocean
Missions
Lunar lander finds water ice in shadowed crater near the south pole
Instruments aboard the craft detected frozen water mixed with dust a metre below the surface
Oren Talbot and Ruth Adair in Houston
2h ago
Rockets
Europe's new heavy launcher flies for the first time, agency confirms
The rocket placed two weather satellites in orbit after a delay of three years and a \
scrubbed attempt in May
Tavish Orlund
4h ago
Analysis
Why small satellite makers are running out of launch slots
Demand for rides to orbit has outpaced the number of rockets flying this year
Mira Kessler Science correspondent
Comment
Most viewed
Comet visible to the naked eye this week
"""


def test_author_and_stamp_close_the_card_over_the_kicker() -> None:
    drafts = split_articles(clean_page(RawPage(text=TAG_FRONT, fetched_at=FETCHED)))
    cards = {draft.title: draft for draft in drafts}
    launcher = cards["Europe's new heavy launcher flies for the first time, agency confirms"]
    assert launcher.time_text == "4h ago"
    assert launcher.source is None
    assert "Tavish Orlund" not in {draft.source for draft in drafts}
