"""split: a line naming people and the one place they are in, with no "By", inside a
story's text with paragraphs going on under it is a photo's line, not an author box that
ends the text (a byline of that shape stands over its stamp: audit D's d01)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

STORY = """\
News
Culture
Royal couple open refurbished concert hall after four-year closure
The hall reopens with a gala concert and a new organ built in Leipzig.
By Hannah Reyes
November 29, 2026 6:40 PM
The hall closed in 2022 after inspectors found cracks in the roof trusses.
The restoration cost £48m, most of it raised from private donors.
William Carter and Sophie Lane in Glasgow
The first season includes 90 concerts, a third of them free for schoolchildren.
The orchestra's director said ticket sales had beaten every forecast so far.
More in Culture
Book prize shortlist announced
"""


def test_people_in_a_place_inside_the_text_do_not_end_it() -> None:
    lead = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))[0]
    assert lead.title == "Royal couple open refurbished concert hall after four-year closure"
    assert "The first season includes 90 concerts" in lead.body
    assert "ticket sales had beaten every forecast" in lead.body
