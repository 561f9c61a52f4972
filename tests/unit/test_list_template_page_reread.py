"""split_template: cards read title first on a page of name / stamp / title cards are read
by the page's template."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


LOCAL_FEED_WITH_AD = """\
LocalWire
Springfield, IL
Change location
For You
Local
Sports
Local News
WICS Newschannel 20
Springfield, IL • 2h
City council delays vote on downtown parking garage until January
Aldermen said they want a second traffic study before committing $22 million to the project.
12
Share
State Journal-Register
Chatham, IL • 5h
Chatham village board approves new splash pad at Community Park
The splash pad is expected to open by Memorial Day weekend, the village administrator said.
8
Share

Decatur, IL
Homeowners are switching to this solar plan in record numbers
SunBright Energy
Learn More
WAND 17
Decatur, IL • 9h
Decatur schools move to remote learning Friday as ice storm nears
Share
Capitol News Illinois
Springfield, IL • 1d
Lawmakers return for veto session with transit funding at the top of the list
Legislative leaders said a deal on suburban transit funding is close but not final.
27
Share

Trending in Springfield
Lincoln Library
"""


def test_cards_after_an_ad_are_read_from_their_stamps() -> None:
    drafts = split(LOCAL_FEED_WITH_AD)
    assert [(draft.title, draft.source) for draft in drafts] == [
        (
            "City council delays vote on downtown parking garage until January",
            "WICS Newschannel 20",
        ),
        (
            "Chatham village board approves new splash pad at Community Park",
            "State Journal-Register",
        ),
        ("Decatur schools move to remote learning Friday as ice storm nears", "WAND 17"),
        (
            "Lawmakers return for veto session with transit funding at the top of the list",
            "Capitol News Illinois",
        ),
    ]
