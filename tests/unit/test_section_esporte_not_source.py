"""Portal cards whose meta line is "Section · há 1 h": the section ("Esporte", singular as on
Brazilian portals) is a kicker, never the card's publisher."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Prefeitura abre inscrições para cursos gratuitos de informática
As aulas começam em janeiro e as vagas são limitadas.
Cotidiano · há 40 min
Santos empata com o Grêmio e segue fora do G-4 do campeonato
Esporte · há 2 h
Inflação desacelera em novembro, aponta levantamento do IBGE
O índice ficou abaixo do esperado pelo mercado financeiro.
Economia · há 3 h
"""


def test_sport_section_is_no_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts][1].startswith("Santos empata")
    assert drafts[1].source is None
