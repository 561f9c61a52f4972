"""clean: under a bare links heading ("Veja também"), a headline with a sentence of summary
and a meta line that opens on its stamp ("Ontem — Em Santos e Região") is a card, not the
list's last link: it stays for split."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)

PAGE = (
    "Últimas notícias\n"
    "Chuva forte alaga avenidas da Zona Norte e deixa bairros sem energia\n"
    "Defesa Civil registrou 55 milímetros em duas horas; equipes trabalham na limpeza.\n"
    "Há 2 horas — Em São Paulo\n"
    "Veja também\n"
    "Concurso da prefeitura abre 800 vagas\n"
    "Loteria acumula e deve pagar R$ 30 milhões\n"
    "Prefeitura de Guarujá amplia horário das balsas para o verão\n"
    "A medida vale a partir de 10 de dezembro e inclui as travessias noturnas.\n"
    "Ontem — Em Santos e Região\n"
    "Princípios editoriais\n"
)


def test_a_card_with_a_stamp_first_meta_line_under_links_stays() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "Prefeitura de Guarujá amplia horário das balsas para o verão" in lines


def test_the_bare_links_over_it_still_go() -> None:
    # must-stay: a bare headline link under the heading is navigation
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "Concurso da prefeitura abre 800 vagas" not in lines
