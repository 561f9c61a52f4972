"""A broadcaster's "listen / watch live" link over its pages ("Escucha la radio en directo",
"Écouter le direct", "Jetzt live hören") is UI, not the page's headline; the same words in
a story's sentence or headline stay."""

import pytest

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage


@pytest.mark.parametrize(
    "line",
    [
        "Escucha la radio en directo",
        "Escuchar en directo",
        "Écouter le direct",
        "Ascolta la diretta",
        "Jetzt live hören",
        "Luister live",
        "Ouça ao vivo",
    ],
)
def test_a_broadcasters_listen_live_link_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_the_masthead_link_leaves_the_headline_the_title_line() -> None:
    page = (
        "Cadena Ejemplo\n"
        "Escucha la radio en directo\n"
        "Sociedad\n"
        "Incendio forestal en Ávila: más de 1.200 hectáreas quemadas\n"
        "El fuego obligó a desalojar a 600 vecinos de tres urbanizaciones durante la noche,"
        " según la Junta.\n"
    )
    lines = clean_page(RawPage(text=page)).lines
    assert "Escucha la radio en directo" not in lines
    assert "Incendio forestal en Ávila: más de 1.200 hectáreas quemadas" in lines


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence and a headline naming the radio live
        "Millones de oyentes escuchan la radio en directo cada mañana, según el último EGM.",
        "La radio en directo resiste al podcast",
        "Les auditeurs écoutent le direct de France Inter depuis leur voiture.",
        # auditor C's probes (C-1): headlines and a sentence opening with the link's words
        "Guarda la diretta della serata finale del Festival di Sanremo",
        "Kijk live mee naar de intocht van Sinterklaas in Harderwijk",
        "Ver en directo el Mundial costará más: DAZN sube sus precios un 20%",
        "Assista ao vivo ao debate entre os candidatos ao governo de São Paulo",
        "Live hören können Fans das Konzert trotzdem: Der Westdeutsche Rundfunk überträgt es"
        " ab 20 Uhr im Radio.",
    ],
)
def test_must_stay_sentences_and_headlines_about_live_radio(line: str) -> None:
    assert classify(line) is None


def test_must_stay_a_story_headlined_with_the_links_words() -> None:
    # auditor C's probe C-1 (E06): the story under a "Kijk live mee naar …" headline
    page = (
        "Regio\n"
        "Kijk live mee naar de intocht van Sinterklaas in Harderwijk\n"
        "12.03.2026, 09:40\n"
        "De intocht begint om 12.00 uur in de haven van Harderwijk, waar duizenden kinderen"
        " worden verwacht.\n"
        "De gemeente heeft extra verkeersregelaars ingezet en een deel van de binnenstad"
        " afgesloten.\n"
    )
    lines = clean_page(RawPage(text=page)).lines
    assert "Kijk live mee naar de intocht van Sinterklaas in Harderwijk" in lines
