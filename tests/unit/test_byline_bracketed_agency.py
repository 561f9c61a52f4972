"""A news agency in brackets after the reporter's name in a byline ("Author: JANE DOE
(Associated Press)") is the story's source; a bracket that names no agency ("(Staff)") is
none."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Channel 9 News
Local News
Weather
Flood warnings issued as heavy rain soaks the Ohio Valley
Author: MARK ELLISON ({credit})
Published: 7:10 AM EST November 20, 2026
CINCINNATI (AP) — Forecasters issued flood warnings for the Ohio Valley on Friday.
The National Weather Service said up to four inches of rain could fall by Saturday.
Emergency officials urged drivers not to cross flooded roads and opened two shelters."""


def _lead_source(credit: str) -> str | None:
    page = RawPage(text=_PAGE.format(credit=credit), fetched_at=datetime(2026, 11, 20, tzinfo=UTC))
    return process_page(page)[0].source


def test_an_agency_in_brackets_after_the_reporter_is_the_source() -> None:
    assert _lead_source("Associated Press") == "Associated Press"


def test_a_bracket_naming_no_agency_is_no_source() -> None:
    # must-stay: a role in brackets is no publisher
    assert _lead_source("Staff") is None
