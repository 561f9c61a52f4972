"""split_live._over_key_events: a "Related" mark right over a blog's "Key Highlights" list
(a "Follow us on" line read as a heading) ends no blog: the list's first stamp stands over a
headline the page prints again further down under an entry's stamp. The blog's entries under
it stay its body; the cards after the blog stay teasers."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2025, 11, 5, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
The Southern Herald
India
Karnataka
Mysuru city corporation poll results LIVE: Counting under way; early leads show close fight
Counting of votes for the first elections to the new Mysuru city corporation began at 8 am \
across six centres.
Herald Web Desk
Last Updated : 05 November 2025, 14:20 IST
Follow Us :
Follow us on
Key Highlights
14:20 IST
Congress crosses halfway mark in Mysuru West
12:45 IST
BJP ahead in Mysuru North
05 November 2025, 14:20 IST
Congress crosses halfway mark in Mysuru West
The Congress has won or is leading in 38 of the 65 wards of Mysuru West, crossing the halfway mark.
05 November 2025, 12:45 IST
BJP ahead in Mysuru North
The BJP is leading in 29 of the 58 wards counted so far in Mysuru North, with the Congress close.
05 November 2025, 10:15 IST
Traffic diversions near counting centres
Traffic police have restricted vehicle movement on the roads around the counting centres today.
05 November 2025, 08:05 IST
Counting begins
Counting of votes began at 8 am at six centres across the city. Postal ballots are counted first.

More from Karnataka
Dasara elephants return to forest camps after health checks
05 November 2025, 13:02 IST
Heavy rain alert for coastal Karnataka till Friday
05 November 2025, 10:48 IST
"""


def test_a_mark_over_a_key_events_list_ends_no_blog() -> None:
    drafts = split(BLOG)
    assert drafts[0].title.startswith("Mysuru city corporation poll results LIVE:")
    assert "Postal ballots are counted first" in drafts[0].body
    assert "38 of the 65 wards" in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Dasara elephants return to forest camps after health checks",
        "Heavy rain alert for coastal Karnataka till Friday",
    ]
