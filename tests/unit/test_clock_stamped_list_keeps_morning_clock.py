"""A list that mixes dated cards with today's cards stamped by the clock alone ("10:42")
prints a morning clock ("09:05") under a title as that card's stamp, not as a video's
length: the card stays, with its stamp."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Il Corriere della Valle
Cronaca
Sport
I più letti
Ponte sul Ticino, riaperto al traffico dopo due settimane di lavori
29 novembre 2026, 17:20
Sondrio, il comune assume venti educatori per gli asili nido
11:35
Morbegno, vandali danneggiano le panchine del parco giochi
28 novembre 2026, 08:10
Tirano, il trenino rosso torna a viaggiare con tutte le corse
08:50"""


def test_a_morning_clock_in_a_list_of_clock_stamped_cards_is_a_stamp() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 18, tzinfo=UTC))
    articles = process_page(page)
    assert [(article.title, article.published_at) for article in articles][-1] == (
        "Tirano, il trenino rosso torna a viaggiare con tutte le corse",
        datetime(2026, 11, 30, 8, 50, tzinfo=UTC),
    )
