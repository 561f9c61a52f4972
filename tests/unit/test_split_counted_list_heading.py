"""A story cluster's heading that counts its list, over its "updated" stamp: no card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 2, 11, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS = """\
Le Figaro
Grève des aiguilleurs du ciel : la DGAC demande d’annuler 40 % des vols à Orly jeudi
Les compagnies aériennes devront réduire leur programme de vols au départ d’Orly jeudi.
il y a 2 heures
Lire l’article sur lefigaro.fr
Ouest-France
Nantes-Atlantique : la moitié des vols supprimés, les voyageurs invités à reporter leur départ
L’aéroport nantais prévoit « de fortes perturbations » jusqu’à samedi.
il y a 45 min
Lire l’article sur ouest-france.fr
Également sur le sujet
Contrôleurs aériens : pourquoi ils refont grève cette fois · Libération · il y a 5 h
Ryanair menace de supprimer des lignes au départ de Marseille · La Provence · il y a 7 h
"""

CLUSTER = (
    """\
Actualités
L’essentiel de la presse
Grève du contrôle aérien
Le sujet en 7 articles
Mis à jour il y a 12 min
"""
    + CARDS
)


def test_counted_heading_over_updated_stamp_is_no_card() -> None:
    drafts = split(CLUSTER)
    assert [draft.source for draft in drafts] == [
        "Le Figaro",
        "Ouest-France",
        "Libération",
        "La Provence",
    ]
    assert drafts[0].title.startswith("Grève des aiguilleurs du ciel")
    assert all(draft.role == "related" for draft in drafts)


# must-stay: a short teaser stamped as updated, with a list's word but no count, is a card
UPDATED_TEASER = (
    """\
Actualités
Reports of flooding in Leeds
Updated 12 min ago
"""
    + CARDS
)


def test_updated_teaser_without_a_count_stays_a_card() -> None:
    drafts = split(UPDATED_TEASER)
    assert drafts[0].title == "Reports of flooding in Leeds"
    assert len(drafts) == 5


# must-stay: one site's digest teaser, "updated", over its own cards (no publishers)
DIGEST = """\
Home
News
5 stories you missed today
Updated 20 min ago
Senate passes stopgap bill to avert government shutdown
2 hours ago
Ceasefire holds for third day as aid trucks enter Gaza
3 hours ago
Oil falls as OPEC signals higher output next year
4 hours ago
"""


def test_one_sites_digest_teaser_stays_a_card() -> None:
    drafts = split(DIGEST)
    assert drafts[0].title == "5 stories you missed today"
    assert len(drafts) == 4
