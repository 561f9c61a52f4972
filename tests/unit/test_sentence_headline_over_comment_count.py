"""A headline written as sentences over its standfirst, stamp and byline, with the header's
buttons under them leaving a bare count ("Comment" / "214"): the count is no line of the
text, so the sentence headline over the header is still the lead's, with its stamp and its
first paragraphs (a crosshead further down is no headline)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

PAGE = """\
The Capital Ledger
Opinions
Columnists
Opinion
The ferry is late again. The state should take it over.
Twelve years of private contracts have given the islands worse service at a higher price.
November 29, 2026 at 7:00 a.m. EST
Column by
Nora Quill
Share
Comment
214
The morning boat to Vashon left forty minutes late on Tuesday, the third time this month, and nobody on board was surprised.
So why does the contract keep being renewed?
The operator's own figures show that only 71 percent of sailings left on time last year, against a target of 95 percent.
Lawmakers have blamed the shortage of crews, but the state pays the operator a bonus every year regardless of its record.
Taking the route back would cost less than the bonuses paid since the contract began.
"""  # noqa: E501


def test_the_sentence_headline_keeps_its_stamp_and_first_paragraph() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].title == "The ferry is late again. The state should take it over."
    assert drafts[0].time_text == "November 29, 2026 at 7:00 a.m. EST"
    assert "The morning boat to Vashon left forty minutes late" in drafts[0].body
