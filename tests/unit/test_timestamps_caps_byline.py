"""timestamps: a reporter whose surname is set in capitals, before a meta mark and an age,
is a byline with its stamp, no publisher (auditor C's C2)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import find_time

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# C2 (probes c3, c5): a reporter's name, the surname in capitals, and the stamp
@pytest.mark.parametrize(
    "line",
    [
        "Marie LEROY · Mis à jour il y a 2 heures",
        "Farai MOYO · Updated 2 hours ago",
        "LEROY Marie · Mis à jour il y a 2 heures",
        "DUPONT Jean · Updated 2 hours ago",
    ],
)
def test_a_byline_with_a_surname_in_capitals_keeps_its_stamp(line: str) -> None:
    assert find_time(line) == line.split(" · ", 1)[1]


@pytest.mark.parametrize(
    "line", ["NDTV Sports · Updated 2 hours ago", "RNZ Pacific · Updated 2 hours ago"]
)
def test_an_outlets_initials_first_stay_a_publishers_meta_line(line: str) -> None:
    """Must stay: the outlet's name opens with its initials (head22's "BBC News" reading)."""
    assert find_time(line) is None


CAPS_BYLINE_FR = """\
Ouest-Info
Actualité
Économie

Nantes : le chantier naval annonce 300 embauches d'ici 2027

Marie LEROY · Mis à jour il y a 2 heures

Les Chantiers de l'Atlantique ont annoncé mardi le recrutement de 300 salariés d'ici à la fin \
de l'année 2027, après la signature de deux nouvelles commandes de paquebots.

Le directeur général a précisé que la moitié des postes concernent des soudeurs et des \
électriciens, des métiers en tension dans la région.

Les syndicats saluent l'annonce mais réclament des hausses de salaires.

À lire aussi
Le tramway de Nantes fermé tout l'été sur la ligne 1
il y a 3 heures
Saint-Nazaire : le pont rouvert à la circulation
hier
"""


def test_a_reporter_with_a_surname_in_capitals_is_no_source() -> None:
    lead = split(CAPS_BYLINE_FR)[0]
    assert (lead.source, lead.time_text) == (None, "Mis à jour il y a 2 heures")


# auditor D's D4 (probe d7): a network's initials, then its station's place, which is also a
# first name ("Austin", "Carolina", "Sydney", "Alba"): initials are no surname, the outlet stays
@pytest.mark.parametrize(
    "line",
    [
        "CBS Austin · Updated 2 hours ago",
        "FOX Carolina · Updated 3 hours ago",
        "ABC Sydney · Updated 1 hour ago",
        "BBC Alba · Updated 5 hours ago",
    ],
)
def test_initials_then_a_place_that_is_a_first_name_stay_a_publisher(line: str) -> None:
    assert find_time(line) is None


STATION_CARDS = """\
News Reader
Top stories
For you
Local

Top stories

Flood warnings extended across Central Texas as rain continues
CBS Austin · Updated 2 hours ago

Greenville council approves downtown stadium plan
FOX Carolina · Updated 3 hours ago

Ferry services cancelled as storm hits Sydney Harbour
ABC Sydney · Updated 1 hour ago

Record crowd watches Gaelic football final in Stornoway
BBC Alba · Updated 5 hours ago

Air pollution alert issued for Delhi schools
NDTV News · Updated 2 hours ago
"""


def test_station_cards_keep_their_sources() -> None:
    drafts = split(STATION_CARDS)
    assert [(draft.source, draft.time_text) for draft in drafts] == [
        ("CBS Austin", "Updated 2 hours ago"),
        ("FOX Carolina", "Updated 3 hours ago"),
        ("ABC Sydney", "Updated 1 hour ago"),
        ("BBC Alba", "Updated 5 hours ago"),
        ("NDTV News", "Updated 2 hours ago"),
    ]
