"""A card list whose cards print a place chip over a headline that opens with the same
words ("Buena Vista" / "Buena Vista trustees hear plan for …" / date / summary): the chip is
no author's name over a role line, so the card under it is read. Before, the chip and the
headline were taken as the author and role over the stamp, and the card was lost."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2025, 11, 4, 18, 0, tzinfo=UTC)
TEXT = (
    "The Valley Mail\nNews\nSports\n"
    "Commissioners delay vote on short-term rental cap after packed hearing\n"
    "By Mara Lindqvist\n"
    "Nov 4, 2025\n"
    "County commissioners postponed a decision on capping short-term rental permits on "
    "Monday after more than 60 residents signed up to speak at the hearing.\n"
    "The board will take up the cap again at a continued hearing on Dec. 2, when written "
    "comments from residents will also be read into the record.\n"
    "Several owners said a cap would hurt families who rent out a second home to pay the "
    "mortgage, while neighbours described streets with few full-time residents left.\n"
    "Local News\n"
    "City of Riverton\n"
    "Riverton council approves 6% water rate increase for 2026\n"
    "Nov 4, 2025\n"
    "The increase will raise the average household bill by about $3.40 a month.\n"
    "Buena Vista\n"
    "Buena Vista trustees hear plan for Cottonwood Avenue sidewalks\n"
    "Nov 3, 2025\n"
    "Construction could start in spring if the town wins a state grant.\n"
)


def split() -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=TEXT, fetched_at=FETCHED)))


def test_the_card_under_its_place_chip_is_read() -> None:
    titles = [draft.title for draft in split()]
    assert "Buena Vista trustees hear plan for Cottonwood Avenue sidewalks" in titles
    assert "Riverton council approves 6% water rate increase for 2026" in titles
