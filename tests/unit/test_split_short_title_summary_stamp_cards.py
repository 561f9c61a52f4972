"""Editorial cards under a story: a two-word headline ("Smog season", too short to read as
a title on its own), its summary sentence and a stamp, printed twice in a row, are related
cards. A two-word sub-heading over the text's paragraph, with no stamp under it, stays
text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEADER = (
    "The Courier\nBusiness\n"
    "Diesel price cut by Rs2.45 per litre for the first half of December\n"
    "Sana Qureshi\n"
    "Published November 30, 2026\n"
    "ISLAMABAD: The government on Sunday reduced the price of diesel by Rs2.45 per litre for "
    "the first fortnight of December, citing lower international oil prices.\n"
    "A notification issued by the Finance Division said the new price would be effective "
    "from midnight, while kerosene prices were kept unchanged.\n"
)
CARDS = (
    "Editorial\n"
    "Budget arithmetic\n"
    "The latest review leaves little room for the relief the capital has been promising.\n"
    "Updated 30 Nov, 2026\n"
    "Smog season\n"
    "The annual crisis demands more than school closures and odd-even schemes.\n"
    "Updated 29 Nov, 2026\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_two_word_headline_cards_in_a_run_are_related() -> None:
    drafts = split(HEADER + CARDS)
    assert [draft.title for draft in drafts][1:] == ["Budget arithmetic", "Smog season"]
    assert drafts[2].body.startswith("The annual crisis")
    assert drafts[2].time_text == "Updated 29 Nov, 2026"


def test_a_two_word_sub_heading_without_stamp_stays_text() -> None:
    text = HEADER + (
        "Transporters unhappy\n"
        "Transporters' associations said the reduction was too small to lower fares.\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    assert "Transporters unhappy" in drafts[0].body
