"""A clock-like "02:05" right under a title, in a list of cards stamped with full dates
("30 novembre 2026, 10:15"), is a video card's length (its "Video" label dropped), no stamp:
the video's title heads no article."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Notiziario
Politica
Cronaca
Dalla home
Cronaca
Napoli, chiusa per lavori la stazione di Mergellina fino a lunedì
30 novembre 2026, 10:15
Economia
Benzina, il prezzo medio torna sotto 1,8 euro al litro
30 novembre 2026, 08:40
Video
Il sindaco: "Entro l'estate il nuovo lungomare"
02:05
Chi siamo
Privacy"""


def test_a_clock_like_length_under_a_title_among_dated_cards_heads_no_card() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 18, tzinfo=UTC))
    titles = [article.title for article in process_page(page)]
    assert titles == [
        "Napoli, chiusa per lavori la stazione di Mergellina fino a lunedì",
        "Benzina, il prezzo medio torna sotto 1,8 euro al litro",
    ]
