"""A "More from …" rail of (headline, summary) cards that runs to the page's end, with
only the site's footer line under its last card, is cards after the text, not a box
inside it: each card is a related article with its summary, and the lead keeps its text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)

PAGE = """\
News
Harbour trust wins £2m grant to rebuild storm-damaged sea wall
Staff Reporter
2 April 2026, 7:15am
A harbour trust on the east coast has been awarded £2 million to rebuild a sea wall.
The trust said work would start in June and take about eighteen months to finish.
Fishermen said the wall had been patched many times since it was first breached.
The council welcomed the grant but warned that other harbours needed help too.
More from The Coast Courier
Ferry timetable cut for the winter as crew shortage continues
Two sailings a day will be cut until March as the firm cannot find crew for its old boats, it said.
New swimming pool to open in the town centre next month
The pool, which cost £9m, will have a small pool for children and a gym on its top floor, it said.
Coast Courier Media Group Ltd
"""


def test_rail_closing_page_gives_related_cards() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Harbour trust wins £2m grant to rebuild storm-damaged sea wall",
        "Ferry timetable cut for the winter as crew shortage continues",
        "New swimming pool to open in the town centre next month",
    ]
    assert "crew shortage" not in drafts[0].body
    assert drafts[1].body.startswith("Two sailings a day")
