"""clean + split: a one-story label ("LEE TAMBIÉN", "Leggi anche") over one headline link,
between two short sentences of the story (under the twelve words of a paragraph), is a link
set into the text: the link goes, the closing sentence stays the lead's (audit B's B-80).
The link ends with no full stop; the sentences under and over it do."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGES = {
    "es": (
        "Portada\nEconomía\n"
        "El Gobierno congela el precio del abono de transporte para 2027\n"
        "La medida afecta a los trenes de Cercanías y a los autobuses interurbanos.\n"
        "Marta Gil\n"
        "28.11.2026 - 09:40h\n"
        "El ministro de Transportes ha anunciado este sábado que el abono mensual no subirá "
        "el año que viene.\n"
        "Hacienda calcula un coste de 300 millones de euros.\n"
        "LEE TAMBIÉN\n"
        "Cuánto cuesta el abono de transporte en cada comunidad\n"
        "Las comunidades deberán confirmar su adhesión antes de enero.\n"
    ),
    "it": (
        "Home\nEconomia\n"
        "Il governo blocca le tariffe dei treni regionali per tutto il 2027\n"
        "Lo stop riguarda abbonamenti e biglietti di corsa semplice.\n"
        "Marco Rossi\n"
        "28 novembre 2026 09:40\n"
        "Il ministro dei Trasporti ha annunciato sabato che i prezzi dei treni regionali "
        "resteranno fermi per tutto il prossimo anno.\n"
        "Il costo stimato è di 300 milioni di euro.\n"
        "Leggi anche\n"
        "Quanto costa un abbonamento regionale in ogni città\n"
        "Le regioni dovranno aderire entro la fine di gennaio.\n"
    ),
}

CLOSING = {"es": "Las comunidades deberán confirmar", "it": "Le regioni dovranno aderire"}
LINK = {"es": "en cada comunidad", "it": "in ogni città"}


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_short_closing_sentence_under_an_offered_link_stays_the_leads(language: str) -> None:
    drafts = split(PAGES[language])
    assert len(drafts) == 1
    assert CLOSING[language] in drafts[0].body
    assert LINK[language] not in drafts[0].body
