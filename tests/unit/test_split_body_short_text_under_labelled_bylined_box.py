"""split: under a related box's label ("Related Articles") over two cards that each print a
byline with their date, two short stopped paragraphs are the story above the box going on,
even when that story's own header names an agency as its source (audit C's C-7 of round
21): the lead stays the lead and keeps them, the last card does not take them."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
RESUMED = "Palladium also rose 0.8%, while silver was flat."
CLOSING = "Dealers now look to Chinese import data due on Monday."


def test_short_text_resumes_under_a_labelled_box_of_bylined_cards() -> None:
    page = "\n".join(
        [
            "Markets Wire",
            "Commodities",
            "Platinum rises on tighter supply",
            "By Reuters - Nov 30, 2026",
            "Platinum prices climbed on Monday after a South African producer cut its output "
            "forecast for the year.",
            "Spot platinum was up 1.4% at $1,012 an ounce by 1000 GMT.",
            "Related Articles",
            "Copper slips as stocks build",
            "By Bloomberg - Nov 29, 2026",
            "Zinc hits one-month low",
            "By Reuters - Nov 29, 2026",
            RESUMED,
            CLOSING,
            "Comments",
        ]
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    lead = next(draft for draft in drafts if draft.title.startswith("Platinum rises"))
    assert lead.role == "lead"
    assert RESUMED in lead.body
    assert CLOSING in lead.body
    zinc = next(draft for draft in drafts if draft.title.startswith("Zinc"))
    assert RESUMED not in zinc.body
