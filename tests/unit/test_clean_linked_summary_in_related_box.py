"""clean + split: in a related box of several cards, a card's summary that opens on a
linking word ("En revanche, …", "However, …") is that card's summary, not the lead's
closing paragraph under a lone link: another headline with its summary follows it, so
the cards stay cards (regression probe d06 of the lone-link rule)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGES = {
    "fr": (
        "Accueil\nPolitique\nÉconomie\n"
        "Le prix du gazole recule pour la troisième semaine\n"
        "Par Luc Bernard\nPublié le 28 novembre 2026\n"
        "Le prix moyen du gazole a reculé de deux centimes cette semaine dans les stations.\n"
        "Les distributeurs annoncent de nouvelles baisses avant les fêtes de fin d'année.\n"
        "À lire aussi\n"
        "Les transporteurs routiers manifestent à Lyon\n"
        "En revanche, aucun blocage n'est prévu sur les autoroutes du sud du pays.\n"
        "Les stations rurales ferment les unes après les autres\n"
        "Une centaine de communes n'ont plus de pompe à moins de vingt kilomètres.\n"
    ),
    "en": (
        "Home\nNews\nBusiness\n"
        "Petrol prices fall for a third week in a row\n"
        "By Sam Lowe\nNovember 28, 2026\n"
        "The average price of petrol fell by two pence this week, the motoring group said.\n"
        "Retailers said further cuts were likely before Christmas.\n"
        "Read more\n"
        "Hauliers stage go-slow protest on the motorway\n"
        "However, police said no roads were expected to close over the weekend.\n"
        "Rural filling stations close at record rate\n"
        "More than a hundred villages now have no pump within twelve miles.\n"
    ),
}

CARDS = {
    "fr": [
        "Les transporteurs routiers manifestent à Lyon",
        "Les stations rurales ferment les unes après les autres",
    ],
    "en": [
        "Hauliers stage go-slow protest on the motorway",
        "Rural filling stations close at record rate",
    ],
}


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_linked_summary_over_the_next_card_stays_its_cards(language: str) -> None:
    drafts = split(PAGES[language])
    assert [draft.title for draft in drafts[1:]] == CARDS[language]
    assert "En revanche" not in drafts[0].body and "However, police" not in drafts[0].body
