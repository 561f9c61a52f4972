"""A line that prints a link ("More coverage: https://…") under an agency's story is a note,
never a headline: the box under it does not become an article titled by the link."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

RECAP = """\
Hawks hold off Rangers in overtime thriller at home
Nov 29, 2026, 10:05 PM ET
Associated Press
ATLANTA -- Mia Torres scored twice in overtime and the Hawks beat the Rangers 3-2 on Sunday.
The Rangers had won their previous five road games.
___
More hockey coverage: https://example.org/hub/hockey
NEXT GAME
Sat, Dec 5
vs BOS
7:00 PM
"""


def titles(text: str) -> list[str]:
    return [
        draft.title for draft in split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    ]


def test_a_printed_link_is_no_articles_title() -> None:
    assert titles(RECAP) == ["Hawks hold off Rangers in overtime thriller at home"]
