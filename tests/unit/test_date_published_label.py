"""A stamp labelled "Date published:" (a label of two words, "date" and "published") is a
stamp: the related cards printed title / "Date published: 3 Mar 2026" are cards, with
their dates, not lost after the lead's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.timestamps import find_time

FETCHED = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

PAGE = """\
News
Council approves new cycle lanes along the river road
Posted Fri 20 Mar 2026 at 9:15am
The city council has voted to build separated cycle lanes along the river road.
Councillors said the lanes would cost about $4 million, paid from a state fund.
Residents were divided, with some shop owners worried about losing parking.
Related stories
Bike share scheme to expand to the northern suburbs
Date published: 3 Mar 2026
Why the river road has the city's worst crash record
Date published: 11 Feb 2026
Related topics
Local Government
"""


def test_date_published_is_a_stamp_label() -> None:
    assert find_time("Date published: 3 Mar 2026") is not None
    assert find_time("Date posted: 3 Mar 2026") is not None


def test_cards_dated_date_published_are_kept() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Council approves new cycle lanes along the river road",
        "Bike share scheme to expand to the northern suburbs",
        "Why the river road has the city's worst crash record",
    ]
    assert drafts[1].time_text == "Date published: 3 Mar 2026"
