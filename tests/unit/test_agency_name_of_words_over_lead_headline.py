"""A news agency's name of several words ("Associated Press", "The Canadian Press") printed
alone over the lead's headline, under a portal's menu, is the story's publisher, as an
agency's one-word name there is ("dpa"); a section's name with an agency's word ("Press
Releases") is none."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Daily Portal
Home
News
Business
Canadian Press
Rail strike halts freight traffic across the Prairies for a second day
By MARIE LEBLANC
Tue, March 10, 2026 at 9:15 AM UTC
3 min read
WINNIPEG (CP) — Freight trains stood idle across Manitoba and Saskatchewan on Tuesday as a strike \
by rail workers entered its second day, with grain shippers warning of mounting losses.
The union said talks with the railway had broken off late Monday over scheduling rules and \
fatigue limits for crews on long-haul routes.
Farm groups urged Ottawa to step in before export terminals on the coast run short of grain."""


def test_an_agency_name_of_words_over_the_headline_is_the_lead_s_source() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 3, 10, 12, tzinfo=UTC))
    lead = process_page(page)[0]
    assert lead.title == "Rail strike halts freight traffic across the Prairies for a second day"
    assert lead.source == "Canadian Press"
