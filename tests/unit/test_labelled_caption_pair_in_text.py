"""split: a photo's labelled credit over its labelled caption between two paragraphs
("Image source, …" / "Image caption, …") is left to the captions stage, which gives the
caption its credit, not dropped as a run of short lines."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Home\nNews\n"
    "Ferry fares to rise by a fifth from January\n"
    "30 November 2026\n"
    "Fares on the island ferry will rise by a fifth from January, the operator has said, "
    "blaming the cost of fuel and of repairs to its two ageing vessels.\n"
    "The council, which subsidises the route, said it had not been consulted on the rise.\n"
    "Image source, Harbour Trust\n"
    "Image caption, The older ferry at the harbour pier\n"
    "A return ticket for a car and driver will cost £48, up from £40.\n"
    "The operator said the money would go towards a replacement vessel due in 2029.\n"
)


def test_a_labelled_caption_between_paragraphs_keeps_its_credit() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(c.text, c.credit) for c in drafts[0].captions] == [
        ("The older ferry at the harbour pier", "Harbour Trust")
    ]
    assert "harbour pier" not in drafts[0].body
