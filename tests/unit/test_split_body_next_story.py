"""split_body: the next story printed in full under a label between stories ("Up next",
"Read next", "Related": headline, date, paragraphs, no byline) keeps its text; none of it
joins the story above (auditor A's A2: a rule that read the paragraphs under a label's
lone dated card as the text above going on was reverted)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

LEAD = (
    "Ferry service to resume after six-week suspension\n"
    "The operator says repairs to the pier at Kellan Bay are complete.\n"
    "March 10, 2026\n"
    "The ferry between Kellan Bay and Rook Island will resume on Monday after a six-week "
    "suspension caused by storm damage to the pier.\n"
    "The operator, Lakeline Ferries, said engineers had replaced two of the pier's concrete "
    "supports and the ramp used by vehicles.\n"
    "Islanders had relied on a temporary passenger boat that could not carry cars or "
    "freight, pushing up the price of food in the island's only shop.\n"
)
NEXT_TITLE = "School bus contract awarded to new operator after drivers shortage"
LONG = (
    "The county has awarded its school bus contract to a new operator after the current "
    "company said it could no longer find enough drivers to cover all of its routes.",
    "From April, Greenway Coaches will run the eleven routes that serve the district's three "
    "secondary schools, the county's transport committee said in a statement on Monday.",
    "Parents were told of the change in a letter on Monday, which said journey times and "
    "pick-up points would not change for the rest of the school year.",
)
SHORT = (
    "The county has awarded its school bus contract to a new operator.",
    "From April, Greenway Coaches will run the eleven routes.",
    "Parents were told of the change in a letter on Monday.",
    "The county said the new contract would cost about 8% more than the old one.",
)
FOOTER = "Share\nFacebook\nEmail\n© 2026 The Lakeside Herald\n"
LATEST = (
    "Latest\nHarbour car park to close for resurfacing\n2 hours ago\n"
    "Library opening hours extended in April\n5 hours ago\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("label", ["Up next", "Read next", "Related"])
@pytest.mark.parametrize(("paragraphs", "tail"), [(LONG, FOOTER), (SHORT, FOOTER), (SHORT, LATEST)])
def test_the_next_story_under_a_label_keeps_its_paragraphs(
    label: str, paragraphs: tuple[str, ...], tail: str
) -> None:
    drafts = split(
        LEAD + f"{label}\n{NEXT_TITLE}\nMarch 9, 2026\n" + "\n".join(paragraphs) + "\n" + tail
    )
    assert drafts[1].title == NEXT_TITLE
    assert all(line in drafts[1].body for line in paragraphs)
    assert all(line not in drafts[0].body for line in paragraphs)
