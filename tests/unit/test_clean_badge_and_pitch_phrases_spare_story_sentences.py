"""clean: the Trust Project badge's sentence goes only as a whole line, a login pitch only when
it offers the best stories to read, a newsletter box only when it offers a choice of
newsletters; a story's sentence that opens with the badge's words, says "gratis onbeperkt"
or quotes a sign-up stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

ES_STORY = """\
Política
El tribunal valida el reparto de concejales
La oposición recurrirá la decisión
30 de noviembre de 2026
El tribunal validó este lunes el reparto de los 21 concejales tras revisar las actas.
Conforme a los criterios de la ley electoral, los votos nulos no cuentan para el reparto.
La oposición anunció que recurrirá la decisión ante el Supremo.
"""

NL_STORY = """\
Regio
Zwembad verlengt gratis zwemmen voor kinderen
30-11-26, 09:05
Het zwembad verlengt de regeling tot het einde van het schooljaar.
Kinderen kunnen er gratis onbeperkt zwemmen, terwijl badmeesters verhalen voorlezen.
De gemeente betaalt de regeling.
"""

PT_SENTENCE = (
    '"Inscreva-se na nossa newsletter e ganhe um bônus de R$ 200", dizia a mensagem '
    "enviada a milhares de clientes, segundo a polícia."
)

PT_STORY = f"""\
Economia
Banco alerta para mensagens falsas
30.nov.2026 às 10h15
O banco alertou nesta segunda-feira para mensagens falsas enviadas a clientes.
{PT_SENTENCE}
Quem clicava no link era levado a uma página falsa.
"""


def lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_a_sentence_opening_with_the_badge_words_stays() -> None:
    sentence = (
        "Conforme a los criterios de la ley electoral, los votos nulos no cuentan para el reparto."
    )
    assert sentence in lines(ES_STORY)


def test_a_story_sentence_with_gratis_onbeperkt_stays() -> None:
    sentence = (
        "Kinderen kunnen er gratis onbeperkt zwemmen, terwijl badmeesters verhalen voorlezen."
    )
    assert sentence in lines(NL_STORY)


def test_a_quoted_sign_up_stays() -> None:
    assert PT_SENTENCE in lines(PT_STORY)
