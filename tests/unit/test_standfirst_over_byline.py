"""split: headline / longer standfirst / byline / date over a few sentences of text is the
article's header, the headline over its standfirst (a kicker is shorter than the headline
it stands over), however few words the text under it has."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

PAGE = (
    "Economia\n"
    "Prefeitura adia reajuste da tarifa de ônibus\n"
    "Decisão foi tomada após reunião com empresas de transporte na quinta\n"
    "Por Marina Lopes\n"
    "14/03/2026 | 09h40\n"
    "A prefeitura anunciou nesta sexta-feira o adiamento do reajuste da tarifa.\n"
    "O novo valor deve entrar em vigor apenas no mês de maio.\n"
)


def test_headline_over_standfirst_over_byline_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [d.title for d in drafts] == ["Prefeitura adia reajuste da tarifa de ônibus"]
    assert drafts[0].body.startswith("Decisão foi tomada")
