"""split: a list whose cards close on their source line (stamp / chip / title / summary /
source) is not read one line off, each source as the next card's first line
(split_cards._sources_closing_cards). Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.role, d.source, d.time_text, d.title) for d in split(text)]


HEAD = """\
Le Courrier du Jura
Accueil
Actualités
Sports
Dépêches
L'actualité en continu
"""

CLOSING_SOURCES = (
    HEAD
    + """\
11h40
Monde
Japon : un séisme de magnitude 6,1 secoue le nord de l'archipel sans faire de victimes
L'agence météorologique n'a pas émis d'alerte au tsunami après la secousse de la nuit.
Reuters
11h15
Économie
Carburants : les prix à la pompe reculent pour la troisième semaine consécutive
Le gazole perd deux centimes par litre, selon les chiffres publiés lundi par le ministère.
Reuters
10h52
Jura
Lons-le-Saunier : la piscine municipale fermée deux semaines pour travaux
Le Courrier du Jura
10h30
Sport
Tennis : la joueuse française qualifiée pour le deuxième tour à Indian Wells
Elle s'est imposée en deux sets face à la tête de série numéro quatorze du tableau.
Reuters
Charger plus d'actualités
Les dépêches sont publiées automatiquement et n'ont pas été relues par la rédaction.
"""
)


def test_sources_under_summaries_close_their_cards() -> None:
    # each source is its own card's (the local card its site's), no card is read one line
    # off, and the last card's text stops at its source (no notice under it joins it)
    got = cards(CLOSING_SOURCES)
    assert [(role, source, stamp) for role, source, stamp, _ in got] == [
        ("related", "Reuters", "11h40"),
        ("related", "Reuters", "11h15"),
        ("related", "Le Courrier du Jura", "10h52"),
        ("related", "Reuters", "10h30"),
    ]
    last = split(CLOSING_SOURCES)[-1]
    assert "relues par la rédaction" not in last.body


SOURCES_FIRST = (
    HEAD
    + """\
Reuters
11h40
Japon : un séisme de magnitude 6,1 secoue le nord de l'archipel sans faire de victimes
L'agence météorologique n'a pas émis d'alerte au tsunami après la secousse de la nuit.
Reuters
11h15
Carburants : les prix à la pompe reculent pour la troisième semaine consécutive
Le gazole perd deux centimes par litre, selon les chiffres publiés lundi par le ministère.
AFP
10h52
Lons-le-Saunier : la piscine municipale fermée deux semaines pour travaux
Le bassin olympique doit être vidé pour réparer une fuite repérée en février.
Reuters
10h30
Tennis : la joueuse française qualifiée pour le deuxième tour à Indian Wells
Elle s'est imposée en deux sets face à la tête de série numéro quatorze du tableau.
Reuters
Mentions légales
"""
)


def test_list_printing_its_sources_first_keeps_its_reading() -> None:
    # must-stay: the first card prints its source over its stamp too: each name opens the
    # card under it, and the name under the last summary is no card's
    got = cards(SOURCES_FIRST)
    assert [(source, stamp) for _, source, stamp, _ in got] == [
        ("Reuters", "11h40"),
        ("Reuters", "11h15"),
        ("AFP", "10h52"),
        ("Reuters", "10h30"),
    ]


FOOTER_NAME_UNDER = CLOSING_SOURCES.replace(
    "Reuters\nCharger plus", "Le Courrier du Jura SA\nCharger plus"
)


def test_a_name_under_the_last_card_that_no_card_prints_moves_nothing() -> None:
    # must-stay: the line under the last summary is no source the list prints (the site's
    # company): the cards keep the reading they had, the list's sources not moved by one
    got = cards(FOOTER_NAME_UNDER)
    assert [source for _, source, _, _ in got] == [
        None,
        "Reuters",
        "Reuters",
        "Le Courrier du Jura",
    ]
