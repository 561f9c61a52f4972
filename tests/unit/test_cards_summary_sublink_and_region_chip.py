"""A regional feed's cards print chip / title / summary / stamp "Há 2 horas — Em <section>";
a card may print a short related link between its summary and its stamp ("Ponte fica
interditada"): that link is neither the card's title nor a card of its own, and the stamp
closes the title over the summary. A region's chip of a few words joined by a particle
("Vale e Litoral Sul", four words, under the card before's stamp) opens the next card, whose title /
summary / stamp close the list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
menu
Notícias da região
Clima
Frente fria derruba temperatura e traz geada ao interior nesta terça-feira
Termômetros devem marcar 3 °C em cidades da serra, segundo a Defesa Civil.
Ponte fica interditada
Há 1 hora — Em Campinas
Saúde
Hospital regional amplia atendimento noturno no pronto-socorro infantil
A mudança vale a partir de segunda e inclui plantão de pediatras.
Há 4 horas — Em Campinas
Vale e Litoral Sul
Chuva provoca deslizamento e bloqueia rodovia entre Itu e Salto
Equipes trabalham na remoção da terra; não há previsão de liberação.
Há 6 horas — Em Vale e Litoral Sul
VEJA MAIS
Termos de uso
"""


def _drafts() -> list:
    return split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))


def test_the_link_under_a_summary_heads_no_card() -> None:
    drafts = _drafts()
    assert all(not draft.title.startswith("Ponte") for draft in drafts)
    first = next(draft for draft in drafts if draft.title.startswith("Frente fria"))
    assert first.time_text is not None and first.time_text.startswith("Há 1 hora")
    assert "Ponte fica" not in first.body


def test_a_region_chip_opens_the_last_card() -> None:
    last = next(draft for draft in _drafts() if draft.title.startswith("Chuva provoca"))
    assert last.time_text is not None and last.time_text.startswith("Há 6 horas")
    assert "Equipes trabalham" in last.body
