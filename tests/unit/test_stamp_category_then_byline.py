"""A blog's header line "On <clock>In <Category> by <Name>" (innerText glues the clock to
the category's "In"): the clock is the stamp, read with the date line over it; the category
and the byline are not part of it."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time

PAGE = """\
Home
News
Ogun opens new flyover to ease traffic at Sango junction
November 27, 2026
On 3:40 pmIn News by Tobiloba Adeyemi-Okafor
The Ogun State Government has opened a new flyover at the Sango-Ota junction to ease traffic.
Commuters said the journey through the junction now takes minutes instead of an hour.
"""


def test_the_clock_before_a_category_and_a_byline_is_the_stamp() -> None:
    assert find_time("On 3:40 pmIn News by Tobiloba Adeyemi-Okafor") == "On 3:40 pm"


def test_the_date_over_it_and_the_clock_give_the_leads_stamp() -> None:
    events = process_page(RawPage(text=PAGE, fetched_at=datetime(2026, 11, 28, 9, tzinfo=UTC)))
    assert len(events) == 1
    assert events[0].published_at == datetime(2026, 11, 27, 15, 40, tzinfo=UTC)
    assert "Tobiloba" not in events[0].body
