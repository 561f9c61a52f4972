"""clean: a labelled card title under its source and stamp ("NBC News · 3h" / "Watch: …") stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FEED = """\
Top stories
Harbour Daily · 2h
Ferry timetable changes for the winter season
The council says the late crossings will run on weekends only from January.
Coast FM · 3h
Watch: Crews clear the harbour road after the storm
Most popular
Weather
"""


def test_labelled_title_under_source_stamp_is_kept() -> None:
    page = RawPage(
        text=FEED, url="https://feed.example/", fetched_at=datetime(2026, 1, 5, tzinfo=UTC)
    )
    lines = clean_page(page).lines
    assert "Watch: Crews clear the harbour road after the storm" in lines
