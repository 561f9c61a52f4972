"""A headline and byline over a question deck with its photographer's byline, then the
stamp: an article's header, not a list of cards that print only their author (such a list
prints no stamp under its pairs)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)

PAGE = """\
The Harbour Gazette
News
Transport
Ferry fares to rise by a fifth from January
By Ruth Okoye
Who will still be able to afford the crossing?
Photographs by Dan Melling
Published 30 November 2026
The operator said on Monday that a single adult fare would go up from £12 to £14.40.
Island residents keep their discount, but day visitors and freight will pay the full rise.
The harbour board is to discuss the increase at its meeting next week.
Contact us
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_stamp_under_the_second_pair_keeps_the_header() -> None:
    drafts = split(PAGE)
    assert [d.title for d in drafts] == ["Ferry fares to rise by a fifth from January"]
    assert "Island residents keep their discount" in drafts[0].body
