"""An agency's initials that are also a UI word ("APP", Pakistan's agency; "app") alone in
capitals in the byline's place are the story's source, not an "App" link; the word in
lower case or title case stays a UI control."""

from datetime import UTC, datetime

from streams.boilerplate import is_ui_control
from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Daily Ledger
Home
National
Cabinet approves new budget for provincial hospitals
APP
Published November 12, 2026
LAHORE: The provincial cabinet on Wednesday approved a new budget for public hospitals.
The budget raises spending on medicines by a fifth over last year's figure.
Health officials said new wards would open in three districts by the summer."""


def test_agency_initials_alone_are_no_ui_control() -> None:
    assert not is_ui_control("APP")


def test_the_app_link_stays_a_ui_control() -> None:
    # must-stay: the site's link to its app
    assert is_ui_control("App")


def test_agency_initials_in_the_byline_place_are_the_source() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 12, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert lead.source == "APP"
    assert lead.title == "Cabinet approves new budget for provincial hospitals"
