"""split_live._live_entries: under a blog whose entries all open on a clock, a card's bare
date after the previous card's summary opens no entry; the cards under it stay teasers."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 9, 15, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


ENTRIES = """\
News
Hurricane Josephine live updates: Category 3 storm bears down on Florida's Big Bend
Last updated: 30 mins ago
Hurricane Josephine is expected to make landfall late Tuesday night or early Wednesday.
12:41 p.m. EDT
Josephine is now a major hurricane, the National Hurricane Center said in its advisory.
12:20 p.m. EDT
Tallahassee airport to close at 6 p.m.
Tallahassee International Airport will close to commercial traffic at 6 p.m. Tuesday.
11:52 a.m. EDT
Schools to reopen Thursday
Public schools, closed Monday and Tuesday as the storm passed offshore, plan to reopen.
11:05 a.m. EDT
Mandatory evacuations expanded
Two counties have ordered everyone living west of U.S. 19 to evacuate by 6 p.m. today.
"""

CARDS = """\
More hurricane coverage
Where to find sandbags in Hillsborough, Pinellas and Pasco
Most sandbag sites closed on Monday evening, but a few remain open until supplies run out.
Sep 13, 2026
Hurricane season 2026: Josephine is the sixth hurricane of the year
Forecasters say the Atlantic has been running well ahead of an average season.
3 hrs ago
"""


def test_a_cards_date_under_a_clocked_blog_opens_no_entry() -> None:
    drafts = split(ENTRIES + CARDS)
    assert "a few remain open until supplies run out" not in drafts[0].body
    assert "evacuate by 6 p.m. today" in drafts[0].body
    titles = [draft.title for draft in drafts[1:]]
    assert "Where to find sandbags in Hillsborough, Pinellas and Pasco" in titles


# must stay: an oldest-first blog, clocked entries, then its newest entry stamped by age
NEWEST_BY_AGE = """\
12 mins ago
Water still rising at the marina
Harbour staff say the water is still rising and the car park has been closed to the public.
"""


def test_an_entry_stamped_by_age_after_clocked_entries_stays_in_the_blog() -> None:
    drafts = split(ENTRIES + NEWEST_BY_AGE)
    assert len(drafts) == 1
    assert "car park has been closed" in drafts[0].body
