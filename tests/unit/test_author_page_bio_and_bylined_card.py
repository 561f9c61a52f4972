"""An author's page: the bio under the author's name, several full sentences, is no
headline however many of its words have capitals (Spanish short function words); and a
card whose only furniture was its byline (dropped as repeated) is a bare link: the
title-like line under it, over a summary sentence, is the next card's headline, no rubric
or summary of the bare one."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

BIO = (
    "Corresponsal en Oporto. Antes fue editor de Deportes en Valencia. "
    "Licenciado en Derecho por la Universidad de Navarra."
)

PAGE = (
    "Diario Ejemplo\n"
    "Iniciar sesión\n"
    "Internacional\n"
    "Economía\n"
    "Cultura\n"
    "Tomás Ferrer\n"
    f"{BIO}\n"
    "Seguir\n"
    "Portugal aprueba una rebaja del IVA de la luz para los hogares vulnerables\n"
    "El Gobierno de Lisboa calcula que la medida beneficiará a 800.000 familias hasta marzo.\n"
    "Tomás Ferrer\n"
    "El museo del Azulejo reabre tras tres años de obras de restauración\n"
    "La colección recupera 200 piezas y estrena una sala dedicada al siglo XX.\n"
    "Tomás Ferrer\n"
    "Análisis\n"
    "Lisboa vive su peor crisis de vivienda\n"
    "Tomás Ferrer\n"
    "Los estibadores del puerto de Setúbal convocan una huelga de cinco días\n"
    "El sindicato denuncia que la concesionaria ha despedido a 40 eventuales.\n"
    "Tomás Ferrer\n"
    "Cargar más\n"
    "Aviso legal\n"
)


def test_a_bio_of_three_sentences_is_no_headline() -> None:
    assert not _is_title(BIO)


def test_a_title_case_headline_of_two_sentences_stays_one() -> None:
    # must-stay
    assert _is_title("I Replaced Our Cron Jobs With a Queue. Here’s What Broke.")


def test_the_author_pages_cards_are_read_and_the_bylined_link_is_none() -> None:
    page = clean_page(
        RawPage(text=PAGE, url="https://example.es/autor/tomas-ferrer/", fetched_at=FETCHED)
    )
    drafts = split_articles(page)
    assert [draft.title for draft in drafts] == [
        "Portugal aprueba una rebaja del IVA de la luz para los hogares vulnerables",
        "El museo del Azulejo reabre tras tres años de obras de restauración",
        "Los estibadores del puerto de Setúbal convocan una huelga de cinco días",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[2].body.startswith("El sindicato denuncia")
