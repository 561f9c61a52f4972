"""split_live: a topic page's long heading right over cards whose stamps all print one
label ("Posted at 15:32 28 Nov" / title / summary) is no live blog's headline: a blog's
header prints a summary, a standfirst or a byline between its headline and the first
entry. The cards stay cards."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


TOPIC_PAGE = """\
Westvale Evening News
Home
News
Heavy snow: the latest on road and school closures across Westvale
Posted at 16:20 28 Nov
Mountain pass closed to all traffic overnight
Police said the road would stay shut until gritters had cleared the summit.
Posted at 15:05 28 Nov
Bin collections suspended in three villages
The council said crews would return on Tuesday if the roads allowed.
Posted at 12:40 28 Nov
Primary schools shut for the rest of the week
Head teachers said pupils would be set work online.
"""


def test_cards_under_a_topic_heading_stay_cards() -> None:
    drafts = split(TOPIC_PAGE)
    assert [draft.title for draft in drafts] == [
        "Mountain pass closed to all traffic overnight",
        "Bin collections suspended in three villages",
        "Primary schools shut for the rest of the week",
    ]
