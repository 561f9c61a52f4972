"""split_live: a rail of bylined or dated cards under an article is no blog that no label
announces (auditor C's C3 and PC1); a labelled blog's bylined entries stay its entries."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# C3 (probe c7): an article, then a "Just In" rail of "09:42" / "By …" / title / summary cards
ARTICLE_THEN_BYLINED_RAIL = """\
The Kenya Courier
Home
News
Parliament passes Finance Bill amendments after marathon sitting
By Brian Mwangi
March 10, 2026
The National Assembly on Monday night passed amendments to the Finance Bill 2026, dropping a \
proposed tax on mobile money transfers after weeks of protests by traders.
MPs voted 187 to 96 to adopt the committee's report, with opposition legislators walking out \
before the final vote.
Treasury Cabinet Secretary John Mbadi said the government would look for other ways to raise \
the Sh50 billion the levy was expected to bring in.
The Bill now goes to President William Ruto for assent.
Just In
09:42
By Courier Reporter
Nairobi traffic eases as Expressway toll suspended
Motorists will not pay toll on the Nairobi Expressway until Friday, the operator said.
09:15
By Amina Otieno
Maize prices fall for a third week
Wholesale prices dropped to Sh3,800 a bag in Eldoret markets as new stocks arrived.
08:50
By Courier Reporter
KQ adds daily flight to Lagos
The national carrier will add a second daily service to Lagos from April, it said.
"""

# C3 (probe c8): an article, then a "Recent Posts" list of date / "By …" / title / excerpt
ARTICLE_THEN_RECENT_POSTS = """\
Kingston Observer
Home
News
Politics
Sports
Teachers to get 8 per cent raise under new wage deal
By Andre Campbell
March 10, 2026
The Government and the Jamaica Teachers' Association signed a two-year wage agreement on \
Monday that gives teachers an eight per cent increase from April.
Finance Minister Fayval Williams said the deal would cost $9 billion in the first year and was \
already provided for in the budget.
JTA president Mark Smith said members had accepted the offer by a large majority in a ballot \
last week.
Recent Posts
March 10, 2026
By Observer Staff
Bus fares to rise in Montego Bay
The Transport Authority approved a $20 increase on urban routes, effective next week.
March 9, 2026
By Keisha Brown
Police seize guns in St Catherine raid
Three rifles and a pistol were recovered in an operation in Spanish Town on Sunday.
March 9, 2026
By Observer Staff
Reggae Sumfest line-up announced
Organisers named the first ten acts for this year's festival in Montego Bay.
March 8, 2026
By Andre Campbell
Water restrictions extended in Corporate Area
The NWC said the schedule would remain in place until the rains return.
Privacy Policy
Contact Us
"""


def test_a_rail_of_bylined_clock_cards_under_an_article_stays_cards() -> None:
    drafts = split(ARTICLE_THEN_BYLINED_RAIL)
    lead = drafts[0]
    assert lead.title == "Parliament passes Finance Bill amendments after marathon sitting"
    assert "The Bill now goes to President William Ruto for assent." in lead.body
    assert "Expressway" not in lead.body
    assert [(draft.role, draft.title) for draft in drafts[1:]] == [
        ("related", "Nairobi traffic eases as Expressway toll suspended"),
        ("related", "Maize prices fall for a third week"),
        ("related", "KQ adds daily flight to Lagos"),
    ]


@pytest.mark.parametrize("bylines", [True, False])
def test_recent_posts_of_dated_cards_under_an_article_stay_cards(bylines: bool) -> None:
    """The bylined list (C3) and the same list without bylines (auditor C's PC1): a bare
    date over a card opens no entry of a blog that no label announces."""
    text = ARTICLE_THEN_RECENT_POSTS
    if not bylines:
        text = "\n".join(line for line in text.split("\n") if not line.startswith("By "))
    drafts = split(text)
    assert drafts[0].title == "Teachers to get 8 per cent raise under new wage deal"
    assert "Bus fares" not in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Bus fares to rise in Montego Bay",
        "Police seize guns in St Catherine raid",
        "Reggae Sumfest line-up announced",
        "Water restrictions extended in Corporate Area",
    ]


def test_a_labelled_blogs_bylined_entries_stay_its_entries() -> None:
    """Must stay: under a "Live" label an entry's byline between its clock and headline
    still counts for nothing."""
    entries = "".join(
        f"{clock}\nBy Jess Warner\n{headline}\n{text}\n"
        for clock, headline, text in (
            ("3:30pm", "BOM issues very dangerous thunderstorm warning",
             "The Bureau of Meteorology has issued a very dangerous thunderstorm warning."),
            ("3:05pm", "Hail reported in Toowoomba",
             "Residents have reported hail the size of golf balls in the city's east."),
            ("2:40pm", "Power out for 12,000 homes",
             "Energex says crews are working to restore power across the region."),
        )
    )  # fmt: skip
    drafts = split("Weather\nLive\nSevere storms lash south-east Queensland\n" + entries)
    assert len(drafts) == 1
    assert "Hail reported in Toowoomba" in drafts[0].body
    assert "Energex says crews" in drafts[0].body


# auditor D's D5 (probe d9): an unlabelled blog whose "14:52" / "By …" / title / text
# entries open right under its header (headline, date; no article text above them)
UNLABELLED_BLOG_BYLINED_ENTRIES = """\
The Evening Courier
News
Weather

Storm Ellen: roads closed and 30,000 homes without power

10 March 2026

14:52
By Jane Doe
Power cuts double in an hour
Northern Powergrid says 30,000 homes across Calderdale and Kirklees are now without power, up \
from 18,000 an hour ago. Engineers cannot reach some lines until the wind drops.

14:20
By Tom Hirst
A646 closed at Charlestown
The A646 between Hebden Bridge and Todmorden is closed in both directions after a tree came \
down near Charlestown, West Yorkshire Police said.

13:45
By Jane Doe
78mph gust at Emley Moor
Gusts of 78mph were recorded at Emley Moor this afternoon, the Met Office says. An amber wind \
warning stays in force until 9pm.

13:10
By Tom Hirst
Parks and cemeteries shut
Calderdale Council has closed all parks and cemeteries for the rest of the day as a precaution.

Share
Terms
"""


def test_bylined_entries_right_under_the_header_are_a_blogs() -> None:
    drafts = split(UNLABELLED_BLOG_BYLINED_ENTRIES)
    assert len(drafts) == 1
    blog = drafts[0]
    assert blog.role == "lead"
    assert blog.title == "Storm Ellen: roads closed and 30,000 homes without power"
    assert "A646 closed at Charlestown" in blog.body
    assert "as a precaution." in blog.body
