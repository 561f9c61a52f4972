"""A clock list under its heading and a one-line strapline ("Fil régional" / "Toute la
région en continu" / "09h40" / "Lille" / title / summary): the first clock heads a chip, a
title and a summary, so the clocks head the cards under them. Read as chip / title / stamp
cards (the heading taken for a chip, the strapline for a title), the strapline became a
first card and every card got the clock of the card under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.nordjournal.example.fr/direct/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


LIST = """\
Nord Journal
Région
Sports
Culture
Fil régional
Toute la région en continu
09h40
Lille
Une nouvelle ligne de tramway sera inaugurée au printemps prochain
Les travaux ont pris six mois de retard à cause des intempéries de l'hiver.
09h12
Arras
Le marché de Noël attire deux fois plus de visiteurs que l'an dernier
Les commerçants se disent satisfaits malgré la hausse des prix de l'énergie.
08h47
Dunkerque
Le port signe un accord avec un armateur asiatique pour dix ans
Le contrat doit créer plus de deux cents emplois sur le site portuaire.
"""


def test_strapline_over_first_clock_is_no_card() -> None:
    stamped = [(draft.title, draft.time_text) for draft in split(LIST)]
    assert stamped == [
        ("Une nouvelle ligne de tramway sera inaugurée au printemps prochain", "09h40"),
        ("Le marché de Noël attire deux fois plus de visiteurs que l'an dernier", "09h12"),
        ("Le port signe un accord avec un armateur asiatique pour dix ans", "08h47"),
    ]
