"""A front's first card, kicker / headline / summary / author, right over the next card
under a kicker of its own (kicker / headline / stamp): the first card is one of the list,
no lead, and the author line under its summary is no summary text. A story with its text
under the byline keeps its lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Le Quotidien
International
Afrique
Europe
Guerre en Ukraine
Guerre en Ukraine : à Kharkiv, la vie sous les drones qui visent désormais les bus
Depuis début novembre, l’armée russe cible systématiquement les transports publics de la \
deuxième ville du pays. Reportage auprès des chauffeurs qui continuent de rouler.
Par Faustine Vincent (Kharkiv, envoyée spéciale)
Chili
Au Chili, Jeannette Jara et José Antonio Kast s’affrontent au second tour
Publié aujourd’hui à 11h20
Analyse
L’Inde et la Chine, un rapprochement prudent sous la pression de Washington
Les deux géants asiatiques ont rouvert cinq points de passage, mais les désaccords restent entiers.
Par Sophie Landrin (New Delhi, correspondante)
Mentions légales
"""

STORY = PAGE.replace(
    "Par Faustine Vincent (Kharkiv, envoyée spéciale)\n",
    "Par Faustine Vincent (Kharkiv, envoyée spéciale)\n"
    "Les bus de la ligne 12 roulent encore chaque matin, malgré les alertes qui se succèdent "
    "au-dessus de la ville depuis le début du mois.\n"
    "« On ne sait jamais si on rentrera le soir », confie un chauffeur qui travaille depuis "
    "vingt ans pour la régie municipale.\n",
)


def test_first_card_over_chipped_card_is_related() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.role, draft.title) for draft in drafts] == [
        (
            "related",
            "Guerre en Ukraine : à Kharkiv, la vie sous les drones qui visent désormais les bus",
        ),
        ("related", "Au Chili, Jeannette Jara et José Antonio Kast s’affrontent au second tour"),
        ("related", "L’Inde et la Chine, un rapprochement prudent sous la pression de Washington"),
    ]
    assert "Faustine" not in drafts[0].body


def test_story_with_text_under_its_byline_keeps_its_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))
    assert drafts[0].role == "lead"
    assert drafts[0].title.startswith("Guerre en Ukraine : à Kharkiv")
    assert "Les bus de la ligne 12" in drafts[0].body
