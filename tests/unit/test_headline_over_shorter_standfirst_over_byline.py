"""Headline / standfirst / byline / stamp / text: a standfirst printed without its full
stop and shorter than the headline over it is still the standfirst, not the title (a
kicker over a headline is a few words; both lines here are a headline's length), also over
a short text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

HEADLINE = "Harbour council approves 14 new bus routes for next spring timetable"

PAGE = f"""\
Harbour Gazette
News
Sport
{HEADLINE}
New services include Eastbay, Millford and Crane Point
By Ann Cole
Transport Reporter
09:20, 30 NOV 2026
Harbour council has approved 14 new bus routes for next spring, including to Eastbay.
The council said the routes would support around 30 jobs.
"""


def test_the_first_line_stays_the_headline() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].role == "lead"
    assert drafts[0].title == HEADLINE
