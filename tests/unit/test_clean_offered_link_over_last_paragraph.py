"""clean + split: a one-story label ("Lee también:", "À lire aussi") over one headline link,
set right over the story's last paragraph at the page's end, is a link set into the text:
the link goes, the closing paragraph stays the lead's (audit B's B-3). A list heading's
last card may end the page with its summary; a one-story offer comes with no summary."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGES = {
    "es": (
        "Portada\nRegiones\n"
        "Incendio forestal obliga a evacuar dos pueblos en la sierra de Gredos\n"
        "Las llamas avanzan empujadas por el viento de poniente desde la madrugada.\n"
        "Por Lucía Martín\n"
        "28 NOV 2026 09:15 AM\n"
        "Los servicios de emergencia ordenaron este sábado la evacuación de dos pueblos de la "
        "sierra de Gredos por un incendio forestal que avanza sin control.\n"
        "Lee también:\n"
        "Los incendios de este otoño, en cifras\n"
        "Más de doscientos bomberos y seis aviones trabajan en la zona desde primera hora.\n"
    ),
    "fr": (
        "Accueil\nRégions\n"
        "Inondations dans le Gard : trois communes placées en état d'alerte\n"
        "Le niveau du Gardon a monté de deux mètres en quelques heures.\n"
        "Par Claire Dumas\n"
        "Le 28 novembre 2026 à 9h15\n"
        "Trois communes du Gard ont été placées en état d'alerte samedi matin après des pluies "
        "torrentielles qui ont fait déborder le Gardon en plusieurs endroits.\n"
        "À lire aussi\n"
        "Crues : comment se préparer avant l'arrivée de l'eau\n"
        "La préfecture demande aux habitants de ne pas prendre leur voiture jusqu'à dimanche.\n"
    ),
}

CLOSING = {
    "es": "Más de doscientos bomberos y seis aviones",
    "fr": "La préfecture demande aux habitants",
}
LINK = {"es": "en cifras", "fr": "comment se préparer"}


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_last_paragraph_under_an_offered_link_stays_the_leads(language: str) -> None:
    drafts = split(PAGES[language])
    assert len(drafts) == 1
    assert CLOSING[language] in drafts[0].body
    assert LINK[language] not in drafts[0].body
