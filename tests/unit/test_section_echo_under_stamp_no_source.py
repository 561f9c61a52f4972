"""A feed card's "— Em Política" line under its stamp names the section the card is filed
under ("Em" + a capitalised name), not its publisher: the card has no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Portal Notícias
Economia
Política
Governo anuncia novo programa de crédito para pequenas empresas do Nordeste
A linha terá juros reduzidos e prazo de até cinco anos para pagamento.
Há 2 horas
— Em Economia
Chuva forte deixa bairros alagados em Salvador e escolas suspendem aulas
A Defesa Civil registrou 120 milímetros em doze horas na capital baiana.
Há 5 horas
— Em Bahia
Mais lidas
Termos de uso
"""


def test_the_section_line_under_a_stamp_is_no_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Governo anuncia novo programa de crédito para pequenas empresas do Nordeste", None),
        ("Chuva forte deixa bairros alagados em Salvador e escolas suspendem aulas", None),
    ]
