"""A role printed alone in the byline's place ("Contributor") is the site's credit line, no
outlet: the story takes its source from the "Source:" line over it, not from the role."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.split_lines import _is_byline

PAGE = """\
Home
News
Regional News of Friday, 27 November 2026
Source: www.northernpost.com.gh
Contributor
Bridge repairs close the Tamale highway for two weeks
Engineers will replace two spans of the bridge over the White Volta, the highways authority said.
Traffic will be diverted through Savelugu until the work is finished in the middle of December.
"""


def test_a_lone_role_is_a_staff_credit() -> None:
    assert _is_byline("Contributor")
    assert _is_byline("Correspondent")


def test_the_lone_role_line_is_no_source() -> None:
    events = process_page(RawPage(text=PAGE, fetched_at=datetime(2026, 11, 28, 12, 0, tzinfo=UTC)))
    assert len(events) == 1
    assert events[0].source == "www.northernpost.com.gh"  # (the source line, not the role)
