"""Home cards printed title / summary / author / "City - date - clock" close with their
stamp: the author's name under a card's summary is that card's, not a chip over the stamp
heading the next card, so each card keeps its own stamp and an unstamped card after them
takes none of theirs."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)

PAGE = """\
DIÁRIO
Assinar
Portugal
Mundo
Governo aprova novo plano de habitação para jovens casais
O pacote inclui garantias bancárias e isenção de imposto na primeira compra.
Laura Gomes
Lisboa - 29 nov 2026 - 10:15 CET
Greve dos comboios deixa milhares sem transporte no norte
A paralisação abrange todas as linhas suburbanas até quinta-feira.
Pedro Alves
Porto - 29 nov 2026 - 08:40 CET
Chuva forte obriga ao fecho de escolas no Algarve
As aulas são retomadas na segunda-feira em todos os concelhos
Mais lidas
Receita de bacalhau com natas
"""


def test_each_card_keeps_the_stamp_under_its_author() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    stamps = {draft.title: draft.time_text for draft in drafts}
    assert stamps["Greve dos comboios deixa milhares sem transporte no norte"] == (
        "29 nov 2026 08:40 CET"
    )
    assert stamps.get("Chuva forte obriga ao fecho de escolas no Algarve") is None
