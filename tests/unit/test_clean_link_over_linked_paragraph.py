"""clean + split: a lone link under a links heading ("Mirá también", "Read more") over the
lead's one closing paragraph that ties back to the sentence before the link ("El domingo,
en cambio, …", "Meanwhile, …") is navigation: the link goes, the paragraph stays the
lead's (audit B's B-9), no card made of the link and the paragraph."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGES = {
    "es": (
        "Inicio\nSociedad\nSociedad\n"
        "Ola de calor en Córdoba: suspenden las clases en toda la provincia\n"
        "El Ministerio de Educación dispuso la medida para el lunes y el martes.\n"
        "28/11/2026 09:40\n"
        "El Ministerio de Educación de Córdoba suspendió las clases presenciales del lunes y el "
        "martes en todas las escuelas de la provincia por las altas temperaturas.\n"
        "Según el servicio meteorológico, las máximas superarán los 40 grados en el norte.\n"
        "Mirá también\n"
        "Cómo cuidar a los chicos durante los días de calor extremo\n"
        "Para el miércoles, en cambio, se prevé un descenso de la temperatura y lluvias.\n"
        "Newsletter del diario\nRecibí las noticias más importantes de la mañana\nComentarios\n"
    ),
    "en": (
        "Home\nNews\nLocal\n"
        "Heatwave closes schools across the county for two days\n"
        "Education officials said the measure covers Monday and Tuesday.\n"
        "November 28, 2026\n"
        "Schools across the county will close on Monday and Tuesday as temperatures are "
        "forecast to pass 38C, the education department said on Friday.\n"
        "Forecasters expect the hottest weather in the north of the county on Monday afternoon.\n"
        "Read more\n"
        "How to keep children safe during extreme heat this week\n"
        "By Wednesday, however, cooler air and rain are expected to reach the region.\n"
        "Newsletter Daily\nGet the day's top stories in your inbox every morning\nComments\n"
    ),
}

CLOSING = {
    "es": "Para el miércoles, en cambio, se prevé un descenso",
    "en": "By Wednesday, however, cooler air",
}


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_closing_paragraph_tied_back_under_a_lone_link_stays_the_leads(language: str) -> None:
    drafts = split(PAGES[language])
    assert len(drafts) == 1
    assert CLOSING[language] in drafts[0].body
    assert "chicos" not in drafts[0].body and "children safe" not in drafts[0].body
