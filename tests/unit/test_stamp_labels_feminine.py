"""Feminine stamp labels ("Atualizada em …", "Aggiornata il …", "Pubblicata il …", as
"Actualizada" already was): an update line under the published stamp is a stamp, not the
lead's title (b206 pt portal). Must stay: a headline opening on the same word, no date
after it, is a headline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.timestamps import is_labelled_stamp

HEADLINE = "Prefeitura de Campinas amplia horário dos postos de saúde durante o inverno"

PAGE = f"""\
Cotidiano
{HEADLINE}
Paulo Ramos
03/11/2026 07h15
Atualizada em 03/11/2026 09h30
A Prefeitura de Campinas vai ampliar a partir desta segunda-feira o horário de atendimento de
doze unidades básicas de saúde, que passarão a funcionar até as 22h durante os meses de frio.
Segundo a secretaria municipal, a medida deve reduzir a espera nos prontos-socorros da cidade.
"""


def test_feminine_labels_open_a_stamp() -> None:
    assert is_labelled_stamp("Atualizada em 03/11/2026 09h30")
    assert is_labelled_stamp("Aggiornata il 14/05/2026 ore 11:20")
    assert is_labelled_stamp("Pubblicata il 14/05/2026")


def split_titles(text: str) -> list[str]:
    fetched = datetime(2026, 11, 3, 13, 0, tzinfo=UTC)
    return [d.title for d in split_articles(clean_page(RawPage(text=text, fetched_at=fetched)))]


def test_an_update_line_under_the_stamp_is_no_title() -> None:
    assert split_titles(PAGE)[0] == HEADLINE


def test_must_stay_a_headline_opening_on_the_label_word_is_the_title() -> None:
    headline = "Atualizada a lista de remédios gratuitos do SUS para idosos"
    page = PAGE.replace(HEADLINE, headline).replace("Atualizada em 03/11/2026 09h30\n", "")
    assert split_titles(page)[0] == headline
