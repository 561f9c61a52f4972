"""clean + split: a one-word role before a person's name in brackets closing a story
("(Translation: Maria Keller)") is the text's own credit, no picture's: the quoting
paragraph over it stays in the body, no caption."""

from datetime import UTC, datetime

from streams.boilerplate import named_photo_credit
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
QUOTE = '"Nobody has seen the river this low in forty years," said the ferryman, Jonas Weber.'

PAGE = "\n".join(
    (
        "News",
        "Barges halted as the Rhine falls to a record low",
        "Published 30 November 2026",
        "Cargo barges stopped running between Koblenz and Mainz on Monday after the water level"
        " at Kaub fell below 30 centimetres.",
        "Shipping companies said fuel and grain deliveries to the south would be delayed.",
        QUOTE,
        "(Translation: Maria Keller)",
    )
)


def test_role_credit_in_brackets_is_no_photo_credit() -> None:
    assert named_photo_credit("(Translation: Maria Keller)") is None
    assert named_photo_credit("(Harbour Times: Mia Lowe)") is not None


def test_paragraph_over_role_credit_stays_in_body() -> None:
    (lead,) = split_articles(clean_page(RawPage(text=PAGE, url=None, fetched_at=FETCHED)))
    assert "Nobody has seen the river this low" in lead.body
    assert lead.captions == [] or all(c.text != QUOTE for c in lead.captions)
