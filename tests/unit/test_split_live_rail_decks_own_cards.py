"""split_cards._find_cards(..., text_over=False): a live blog's rail tells by its own cards
whether it prints title / deck / stamp cards; the blog's summary bullets over its first
entry's clock ("headline" / "bullet" / "1:38 pm") make no decked list of it, so a bare link
over a card's title and stamp stays navigation, not that card's title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 1, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
Coast Radio
Live: Flooding closes the coast road as heavy rain warnings stay in place for the bays
Updated 1:42 pm NZDT, 29 November 2026
Orange heavy rain warning for the northern ranges until 9pm Sunday
Coast road closed between Seaview and Marton by two large slips
About 40 people spent the night at the evacuation centre in Seaview
1:38 pm
Power out for 900 homes
The lines company says about 900 homes and businesses around Seaview are without power.
Crews are working to restore supply but some rural customers could wait until Monday.
1:10 pm
Evacuation centre opens in Seaview
Civil Defence has opened the school hall for residents of low-lying homes near the river.
12:45 pm
Coast road closed by slips
The transport agency says the coast road will stay closed until geotechnical checks are done.

More from New Zealand
Police name man who died in crash near Hamilton
2 hours ago
Auckland Council approves new waterfront stadium funding
Health NZ confirms measles case in Christchurch
5 hours ago
"""


def test_a_bare_link_over_a_cards_title_in_a_blogs_rail_is_no_card() -> None:
    drafts = split(BLOG)
    assert drafts[0].title.startswith("Live: Flooding closes the coast road")
    assert [(draft.title, draft.time_text) for draft in drafts[1:]] == [
        ("Police name man who died in crash near Hamilton", "2 hours ago"),
        ("Health NZ confirms measles case in Christchurch", "5 hours ago"),
    ]
