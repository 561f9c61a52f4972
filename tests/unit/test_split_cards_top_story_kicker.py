"""A portal's top story printed kicker / title / deck / stamp right under the menu, a blank
line (where clean took the rail's heading) and a kicker rail under it: the top story is a
teaser, whatever its kicker ("Cost of living": no name)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PORTAL = """\
Microsoft Start
News
Money
Cost of living
Energy bills to fall by 7% from April, regulator says
Households will save about £120 a year on average under the new price cap.
2h
Top stories
Gaza
Ceasefire holds for third day as aid trucks enter Gaza
The Guardian
3h
Shutdown
Senate passes stopgap bill to avert government shutdown
Sky News
4h
Energy
Oil falls as OPEC signals higher output next year
CNBC
5h
"""


def test_a_top_story_under_a_topic_kicker_is_a_teaser() -> None:
    drafts = split(PORTAL)
    assert [(d.role, d.title, d.time_text) for d in drafts][:2] == [
        ("related", "Energy bills to fall by 7% from April, regulator says", "2h"),
        ("related", "Ceasefire holds for third day as aid trucks enter Gaza", "3h"),
    ]
    assert "about £120 a year" in drafts[0].body
    assert len(drafts) == 4


ARTICLE = """\
Harbour Times
News
Politics
Politics
Parliament passes budget after marathon all-night sitting
The bill cleared its final vote at dawn, ending three weeks of wrangling over spending.
2 hours ago

Members of parliament voted by 312 to 287 to approve the government's budget after a \
session that ran through the night and into the early hours of Wednesday morning.
The opposition had tabled more than two hundred amendments, most of which were defeated \
without debate as the speaker moved to bring the sitting to a close.

Gaza
Ceasefire holds for third day as aid trucks enter Gaza
The Guardian
3h
Energy
Oil falls as OPEC signals higher output next year
CNBC
5h
"""


def test_an_articles_kicker_header_over_its_text_stays_the_lead() -> None:
    """Must-stay: kicker / headline / standfirst / stamp with the article's text under it
    is the lead's header, its text kept, the rail under it its related cards."""
    drafts = split(ARTICLE)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Parliament passes budget after marathon all-night sitting"),
        ("related", "Ceasefire holds for third day as aid trucks enter Gaza"),
        ("related", "Oil falls as OPEC signals higher output next year"),
    ]
    assert "two hundred amendments" in drafts[0].body
