"""A word alone in brackets under a line that is no agency's ("(Updated)" under the headline) is
a note on that line, no picture's credit: the headline keeps its own words."""

from streams.model import RawPage
from streams.pipeline import process_page

UPDATED_UNDER_HEADLINE = (
    "Local\n"
    "Library to reopen after roof repairs\n"
    "(Updated)\n"
    "By Sam Hill\n"
    "November 29, 2026 10:00 GMT\n"
    "The central library will reopen on Monday after six months of repairs to its roof,"
    " the council said on Saturday.\n"
    "Opening hours will be extended on weekdays until the end of January.\n"
    "The children's section moves to the ground floor.\n"
)


def test_a_bracketed_note_under_the_headline_stays_out_of_the_title() -> None:
    lead = process_page(RawPage(text=UPDATED_UNDER_HEADLINE))[0]
    assert lead.title == "Library to reopen after roof repairs"
    assert lead.captions == []
