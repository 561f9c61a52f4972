"""split: a text resumes under a box of cards printed between its paragraphs also when each
card carries a byline with its date ("By Wire Desk - Nov 27, 2026"): the list's repeated
meta line, not the last card's article header; a third-party ad label with its disclaimer
is no paragraph of the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
RESUMED = (
    "Copper stocks in Shanghai warehouses fell by 12,000 tonnes in the week, the exchange "
    "said on Friday, the third weekly drop in a row."
)
AD = "Third party Ad. Not an offer or recommendation by Metals Daily. See disclosure here."


def test_text_resumes_under_a_box_of_bylined_cards() -> None:
    page = "\n".join(
        [
            "Metals News",
            "Copper climbs as Chinese demand picks up",
            "Published Nov 27, 2026 11:48PM ET",
            "By Lena Park",
            "SHANGHAI (Reuters) - Copper prices rose on Friday as signs of stronger demand from "
            "Chinese manufacturers lifted the metal to a three-week high.",
            "Three-month copper on the London Metal Exchange gained 1.2% to $9,840 a metric ton "
            "by 0530 GMT, while the most-traded contract in Shanghai rose 0.9%.",
            "Related Articles",
            "Gold steadies ahead of US jobs data",
            "By Metalsdaily.com - Nov 27, 2026",
            "Aluminium slips on rising inventories",
            "By Reuters - Nov 27, 2026",
            RESUMED,
            "Traders are also watching talks on new export quotas, which could tighten supply of "
            "refined metal next year.",
            AD,
            "Latest Metals News",
            "Nickel falls to two-month low",
        ]
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    lead = next(draft for draft in drafts if draft.title.startswith("Copper climbs"))
    assert RESUMED in lead.body
    assert AD not in lead.body
    assert all(RESUMED not in draft.body for draft in drafts if draft is not lead)
