"""A list of "Title" / "Publisher · stamp" cards: a name printed in that slot before a dated
stamp ("ČT24 · včera 21:40"), which alone reads as an article header's place or author, is
the card's publisher, as its neighbours' names are."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

LIST = """\
News aggregator
Home
World
Business
Top stories
Government approves rise in the minimum wage to 23,800 crowns
Novinky · 3 hours ago
The minimum wage will rise by 1,400 crowns from January.
Prague to limit car access to the centre from April
iRozhlas · 45 minutes ago
World
Slovakia and Hungary sign a deal on a shared gas pipeline
ČT24 · yesterday 21:40
Business
Central bank leaves interest rates unchanged
Hospodářské noviny · 28. 11. 2026 14:30
The board voted five to two.
More news
"""


def sources(text: str) -> list[str | None]:
    return [d.source for d in split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))]


def test_a_name_before_a_dated_stamp_in_a_publishers_slot_is_the_source() -> None:
    assert sources(LIST) == ["Novinky", "iRozhlas", "ČT24", "Hospodářské noviny"]


def test_a_reporter_or_a_place_before_a_dated_stamp_stays_no_source() -> None:
    """Must-stay: a person's name ("Jane Marsh | 27.11.2026"), a place the gazetteer knows
    ("Madrid") or a capitalised word no brand spells so ("Kladno", a town the gazetteer does
    not know: auditor B's B-6; "Frýdek-Místek", a capital after the hyphen no brand's) in
    that slot is an author or a dateline, no publisher."""
    for name in ("Jane Marsh", "Madrid", "Kladno", "Frýdek-Místek"):
        page = LIST.replace("ČT24 · yesterday", f"{name} · yesterday")
        assert sources(page)[2] is None


def test_an_article_headers_place_and_date_stay_no_source() -> None:
    """Must-stay: one header's "Sevilla - 03 jun 2025 - 07:15 CEST" (no list of publishers'
    lines around it) is the article's place, no source."""
    page = (
        "Noticias\nPortada\nEl Ayuntamiento aprueba el nuevo plan de movilidad del centro\n"
        "Sevilla - 03 jun 2025 - 07:15 CEST\n"
        + "El pleno municipal aprobó este martes el plan de movilidad con los votos del"
        " gobierno local y la abstención de la oposición, que pidió más carriles bici.\n" * 3
    )
    assert sources(page) == [None]


def test_an_events_name_with_its_year_in_that_slot_stays_no_source() -> None:
    """Must-stay (auditor B's B-12, probe s17B-B46): a topic's label closed by a year printed
    apart ("WM 2026", an acronym's shape and a digit) is no brand; "COP31" (glued) and "Rai
    News 24" still are."""
    for name in ("WM 2026", "Paris 2024", "Euro 2028"):
        assert sources(LIST.replace("ČT24 · yesterday", f"{name} · yesterday"))[2] is None
    for name in ("COP31", "Rai News 24"):
        assert sources(LIST.replace("ČT24 · yesterday", f"{name} · yesterday"))[2] == name
