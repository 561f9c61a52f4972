"""split: a story read as a card opened at its author's line over the stamp, retitled with the
headline the URL's slug names: the line right under that headline is its standfirst, also
when it is short ("Residents say 30 bins were burnt in a week", fewer words than a
standfirst with lines between) and chips stand between it and the author; the standfirst
opens the body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
URL = "https://www.example-echo.co.uk/news/local/council-warning-after-string-bin-fires-3141592"

HEADLINE = "Council issues warning after string of bin fires in Birkenhead"
STANDFIRST = "Residents say 30 bins were burnt in a week"
PAGE = (
    "Wirral Echo\nNews\nLocal News\nSport\nWhat's On\n"
    f"{HEADLINE}\n"
    f"{STANDFIRST}\n"
    "Comments\n"
    "News\n"
    "Sam Hollis Local Democracy Reporter\n"
    "09:12, 30 Nov 2026\n"
    "Firefighters were called to the Tranmere estate five times in seven nights\n"
    "(Image: Wirral Echo)\n"
    "The council has urged residents in Birkenhead to keep their wheelie bins off the street "
    "until collection day after a string of fires on the Tranmere estate.\n"
    "Merseyside Fire and Rescue Service said most of the fires were started late at night.\n"
    "Anyone with information can call the fire service's arson line on 0151 296 4000.\n"
)


def test_short_standfirst_under_the_headline_opens_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert drafts[0].title == HEADLINE
    assert drafts[0].body.startswith(STANDFIRST)
