"""A live blog whose entries count their age in two units ("1 hr 4 min ago") under an
attribution that credits several reporters ("From the Ledger's Ann Lee and Tom Ward") or
says "From" before a reporter's role and name ("From Ledger Meteorologist Ann Lee"): every
entry is the blog's, none read as a card under it."""

from datetime import UTC, datetime, timedelta

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 2, 14, 16, 30, tzinfo=UTC)

PAGE = """\
The Ledger
Live updates: Ice storm knocks out power to 400,000 homes across the Carolinas
Updated 11:20 AM EST, Sat February 14, 2026
5m ago
Utilities warn some outages could last until Wednesday
From the Ledger's Dana Whitfield
Duke Energy said crews from six states were on the way but iced trees kept falling on lines.
Officials asked residents not to approach downed wires, even ones that look dead.
1 hr 12 min ago
How much ice has fallen so far
From Ledger Meteorologist Sam Ortega
Up to three quarters of an inch of ice has coated trees and power lines from Charlotte to Raleigh.
More freezing rain is expected through the evening before a thaw on Sunday.
2 hr 40 min ago
Governor declares a state of emergency
From the Ledger's Dana Whitfield and Marcus Bell
The governor said National Guard troops would help clear roads in 30 counties.
Schools in the affected districts will stay closed on Monday, the state education department said.
Related article
Why ice storms are harder on the grid than snow
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_two_unit_age_is_a_stamp_counted_in_both_units() -> None:
    assert find_time("1 hr 12 min ago") == "1 hr 12 min ago"
    assert resolve_time("2 hours 40 minutes ago", FETCHED) == FETCHED - timedelta(
        hours=2, minutes=40
    )
    assert find_time("12 min 1 hr ago") is None  # (the larger unit comes first)


def test_entries_under_two_unit_ages_and_several_reporters_stay_in_the_blog() -> None:
    drafts = split(PAGE)
    assert [draft.role for draft in drafts][:1] == ["lead"]
    lead = drafts[0]
    assert lead.title.startswith("Live updates: Ice storm")
    assert "1 hr 12 min ago" in lead.body
    assert "Up to three quarters of an inch of ice" in lead.body
    assert "Governor declares a state of emergency" in lead.body
    assert "Schools in the affected districts will stay closed" in lead.body
    assert all("Governor declares" not in draft.title for draft in drafts[1:])
