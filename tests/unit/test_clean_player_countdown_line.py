"""clean: a video player's countdown printed inside the text, its seconds and button glued on
("The video will auto-play soon8Cancel"): the player's, not the story's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Home\nNews\n"
    "Swimming pool to close for a year of repairs\n"
    "By Rhys Morgan\n"
    "07:30, 28 NOV 2026\n"
    "The town's only public swimming pool will shut in January for a year of roof repairs.\n"
    "The video will auto-play soon5Cancel\n"
    "Swimmers will be offered sessions at a school pool three miles away, the council said.\n"
    "Clubs have asked for extra evening slots during the closure.\n"
)


def test_a_players_countdown_leaves_the_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "auto-play" not in body
    assert "roof repairs" in body and "three miles away" in body
