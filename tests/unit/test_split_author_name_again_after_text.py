"""split: after the text, the byline's author named again alone on a line ("By Ann Cole" / … /
"Ann Cole" / "Ann has covered banking for 15 years.") opens an author box, which leaves the
body with its note (b219's Nigerian paper)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PARAGRAPHS = (
    "The central bank on Friday held its benchmark rate at 25.5 per cent, saying it wanted more "
    "evidence that inflation was slowing before it eased policy.",
    "Headline inflation eased to 17.8 per cent in October from 18.6 per cent in September, "
    "according to the statistics office.",
    "The committee will next meet in February.",
)
NOTE = "Adaeze has over 15 years experience covering the financial sector."


def test_the_bylines_name_again_under_the_text_opens_an_author_box() -> None:
    page = "\n".join(
        ("News", "Business", "Central bank holds rate as inflation slows for eighth month",
         "29th November 2026", "By Adaeze Okafor", *PARAGRAPHS,
         "Share this story:", "Facebook", "WhatsApp", "Adaeze Okafor", NOTE)
    )  # fmt: skip
    lead = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))[0]
    assert "Adaeze Okafor" not in lead.body and NOTE not in lead.body
    assert all(paragraph in lead.body for paragraph in PARAGRAPHS)
