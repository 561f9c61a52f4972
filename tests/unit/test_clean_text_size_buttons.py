"""clean: a reader's buttons for the text's size ("Diminuir fonte" / "Aumentar fonte"),
printed between an article's header and its text, are UI, no line of the page."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_text_size_buttons_go() -> None:
    page = (
        "Cotidiano\n"
        "Chuva forte alaga avenidas e derruba árvores na zona sul de Campinas\n"
        "30.nov.2026 às 9h15\n"
        "Diminuir fonte\nAumentar fonte\n"
        "Increase font size\n"
        "Uma tempestade de granizo atingiu Campinas no fim da tarde de domingo e deixou ao "
        "menos 40 mil imóveis sem energia, segundo a distribuidora.\n"
    )
    lines = clean_page(RawPage(text=page, fetched_at=FETCHED)).lines
    assert "Diminuir fonte" not in lines
    assert "Aumentar fonte" not in lines
    assert "Increase font size" not in lines
