"""clean: a login pitch's question and button ("Gratis onbeperkt de beste verhalen van X
lezen?" / "Maak een account aan") and a newsletter box's invitation ("Cadastre-se e escolha
quais newsletters gostaria de receber") are UI, not the story's sentences."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

NL_STORY = """\
Nieuws
Gemeente opent nieuwe fietsenstalling bij het station
De stalling biedt plaats aan 3.000 fietsen en is de eerste 24 uur gratis.
30-11-26, 08:10
De stalling ligt onder het stationsplein en is dag en nacht open.
Fietsers kunnen er gratis onbeperkt parkeren tijdens de eerste maand.
Gratis onbeperkt de beste verhalen van Het Dagblad lezen?
Maak een account aan
"""

PT_STORY = """\
Cotidiano
Prefeitura amplia horário dos ônibus noturnos
A mudança vale a partir de segunda-feira em todas as linhas da zona sul.
30.nov.2026 às 10h15
A prefeitura anunciou nesta segunda-feira a ampliação do horário das linhas noturnas.
Receba notícias do Jornal
Cadastre-se e escolha quais newsletters gostaria de receber
Segundo a secretaria, a frota será ampliada em 20 veículos.
"""


def lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_login_pitch_question_and_button_go() -> None:
    cleaned = lines(NL_STORY)
    assert not any(line.startswith("Gratis onbeperkt") for line in cleaned)
    assert "Maak een account aan" not in cleaned
    assert "Fietsers kunnen er gratis onbeperkt parkeren tijdens de eerste maand." in cleaned


def test_newsletter_invitation_goes() -> None:
    cleaned = lines(PT_STORY)
    assert not any(line.startswith("Cadastre-se") for line in cleaned)
    assert "Segundo a secretaria, a frota será ampliada em 20 veículos." in cleaned
