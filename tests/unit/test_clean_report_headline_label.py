"""A headline opening on its attribution, "Report: …", is a teaser's title, not a link behind
a UI label: "Report" names a button elsewhere ("Report comment"), but before a colon and a
headline it is the story's own word. A label of links ("Go deeper: …") still drops its line."""

from datetime import UTC, datetime

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARD = "Report: Rangers close to deal with veteran goalkeeper - Ice Wire - 3h ago"

RECAP = f"""\
Hockey
Rangers edge Bruins 3-2 in overtime as Kreider scores twice
By Sam Doyle
March 10, 2026
NEW YORK — Chris Kreider scored twice, including the winner 1:12 into overtime, as the Rangers beat the Boston Bruins 3-2 on Monday night.
Igor Shesterkin made 34 saves for New York, which has won four straight at home.
Boston had tied the game with 48 seconds left in regulation on a deflection in front.
More from around the league
Oilers extend winning streak to seven with rout of Flames - Puck Daily - 1h ago
{CARD}
"""  # noqa: E501


def test_report_label_opens_a_teaser_title() -> None:
    drafts = split(RECAP)
    assert [draft.title for draft in drafts][1:] == [
        "Oilers extend winning streak to seven with rout of Flames",
        "Report: Rangers close to deal with veteran goalkeeper",
    ]


def test_link_label_still_drops_its_line() -> None:
    assert classify("Report: Rangers close to deal with veteran goalkeeper") is None
    assert classify("Go deeper: Rangers close to deal with veteran goalkeeper") is not None
