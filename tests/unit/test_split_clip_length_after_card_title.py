"""A clip-like clock glued after a video card's title ("… – 03:26") is the clip's length;
the card's stamp is the line under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS = (
    "More In Harbourside\n"
    "Council approves the new ferry timetable for the summer season\n"
    "Published - March 13, 2026 06:40 pm IST\n"
    "Old harbour bakery bakes its last loaf after ninety years – 03:26\n"
    "Published - March 13, 2026 04:10 pm IST\n"
    "Fishermen protest fuel price rise at the harbour gate\n"
    "Published - March 13, 2026 01:15 pm IST\n"
)


def test_the_clip_length_after_a_card_title_is_not_its_stamp() -> None:
    cards = {draft.title: draft for draft in split(CARDS)}
    card = cards["Old harbour bakery bakes its last loaf after ninety years"]
    assert card.time_text == "Published - March 13, 2026 04:10 pm IST"
