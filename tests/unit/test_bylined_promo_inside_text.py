"""A promoted story printed inside the text as a headline over its byline, under a related
or sponsored heading ("Related Articles" / headline / "By Lakeside Tribune staff"; "SPONSORED
CONTENT" / headline / "By Acme Logistics" under a short sentence), is an insert: it goes
and the lead's text goes on after it (the byline is no crosshead of the text)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

NEWSROOM_BYLINE = """\
Lakeside Tribune
Metro
County board backs new library branch on the east side
By Carla Ruiz
PUBLISHED: November 29, 2026 at 5:10 PM CST
The county board voted 6-1 on Tuesday to fund a new library branch on the city's east side.
Construction is expected to begin next spring and take about eighteen months to complete.
Related Articles
Library hours cut at two branches last year
By Lakeside Tribune staff
Board chair Ellen Park said the branch would open evenings and weekends.
Supervisor Tom Reyes cast the only vote against.
"""

SPONSORED_UNDER_SHORT_SENTENCE = """\
Freight Weekly
Rail operator to close three depots as traffic slows
Published Nov. 29, 2026
The rail operator said on Tuesday it would close three depots and move the work to its main yard.
About 300 jobs at the three depots are affected.
SPONSORED CONTENT
How route planning software cuts empty miles
By Acme Logistics
The company expects the closures to save about $40 million a year.
Its shares were unchanged in early trading.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_newsroom_byline_under_a_related_link_goes_with_it() -> None:
    drafts = split(NEWSROOM_BYLINE)
    assert [d.title for d in drafts] == ["County board backs new library branch on the east side"]
    assert "Tribune staff" not in drafts[0].body
    assert drafts[0].body.endswith("Supervisor Tom Reyes cast the only vote against.")


def test_a_sponsored_headline_and_byline_under_a_short_sentence_go() -> None:
    drafts = split(SPONSORED_UNDER_SHORT_SENTENCE)
    assert [d.title for d in drafts] == ["Rail operator to close three depots as traffic slows"]
    assert "Acme Logistics" not in drafts[0].body
    assert drafts[0].body.endswith("Its shares were unchanged in early trading.")
