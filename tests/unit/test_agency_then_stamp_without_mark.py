"""A news agency's one-word name and its stamp on one line with no mark between them ("Efe
28 Nov, 2026, 09:40") under the headline: the agency is the source, the stamp the story's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Diário do Sul
Economia
Porto de Sines bate recorde de contentores em novembro
Efe 28 Nov, 2026, 09:40
O porto de Sines movimentou mais contentores em novembro do que em qualquer outro mês da sua história.
A administração portuária atribui o resultado às novas linhas de ligação à Ásia.
Os estivadores pedem mais turnos para acompanhar o aumento do tráfego.
"""  # noqa: E501


def test_an_agency_before_its_stamp_is_the_source_and_the_stamp_read() -> None:
    [lead] = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert lead.source == "Efe"
    assert lead.time_text == "28 Nov, 2026, 09:40"


def test_a_capitalised_word_before_a_stamp_is_no_source() -> None:
    """Must-stay: a word that names no agency gives no source."""
    page = PAGE.replace("Efe 28 Nov", "Sines 28 Nov")
    [lead] = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert lead.source is None
