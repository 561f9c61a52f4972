"""In a list of publisher / title / summary / stamp cards, a name with an outlet's shape over
a card's title ("BNR Nieuws") shows the list prints its publishers there: the one
word in capitals over another card ("NOS") is that card's publisher, not a kicker."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

CARDS = """\
Nieuwsoverzicht
NOS
Gemeente opent nieuwe fietsenstalling bij het station
De stalling biedt plek aan vierduizend fietsen en is gratis voor de eerste dag.
4 u
BNR Nieuws
Brand in loods bij Eindhoven onder controle
De brandweer had de hele nacht nodig om het vuur te blussen.
5 u
"""


def sources(text: str) -> list[str | None]:
    found = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [draft.source for draft in found]


def test_an_outlet_shaped_name_makes_the_capitals_name_a_publisher() -> None:
    assert sources(CARDS) == ["NOS", "BNR Nieuws"]
