"""A page whose cards print a kicker over the title and their publisher under it, over the
stamp (kicker / title / summary / "dpa" / stamp): the line over a title is a kicker slot,
so a name read there as another card's source is its chip (a place, a topic), unless it is
a publisher's name."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(draft.title, draft.source) for draft in split(text)]


KICKER_SLOT_PAGE = """\
Oberhessische Rundschau
Menü
Suche
Samstag, 14. März 2026
Lokales
Bad Nauheim
Sprudelhof: Therme soll 2028 wieder öffnen
vor 7 Stunden
Kreistag
Neue Buslinie soll Cölbe und Wehrda besser anbinden
Ab August fährt die Linie 27 im Halbstundentakt.
vor 9 Stunden
Politik
Landtag in Wiesbaden
Hessen will Schulbau-Programm um zwei Jahre verlängern
Kultusminister und Kommunen haben sich auf zusätzliche 350 Millionen Euro geeinigt.
dpa
vor 1 Stunde
Bundesregierung
Kabinett billigt Entwurf für neues Wehrdienstgesetz
AFP
vor 4 Stunden
"""


def test_a_place_or_topic_over_a_title_on_a_kicker_slot_page_is_no_source() -> None:
    assert sources(KICKER_SLOT_PAGE) == [
        ("Sprudelhof: Therme soll 2028 wieder öffnen", None),
        ("Neue Buslinie soll Cölbe und Wehrda besser anbinden", None),
        ("Hessen will Schulbau-Programm um zwei Jahre verlängern", "dpa"),
        ("Kabinett billigt Entwurf für neues Wehrdienstgesetz", "AFP"),
    ]


def test_a_publisher_over_a_title_on_a_kicker_slot_page_stays_the_source() -> None:
    """Must-stay: an outlet's or an agency's name over a title is a publisher, whatever slot
    the page's other cards print theirs in."""
    page = KICKER_SLOT_PAGE.replace("Bad Nauheim\n", "Le Monde\n").replace(
        "Kreistag\n", "Reuters\n"
    )
    assert [source for _, source in sources(page)] == ["Le Monde", "Reuters", "dpa", "AFP"]
    page = KICKER_SLOT_PAGE.replace("Bad Nauheim\n", "BBC News\n").replace(
        "Kreistag\n", "The Guardian\n"
    )
    assert [source for _, source in sources(page)] == ["BBC News", "The Guardian", "dpa", "AFP"]


AGGREGATOR = """\
Top coverage
Reuters
EU to cut tariff-free steel quota by half, draft shows
3 hours ago
Politico Europe
Why the steel quota fight is really about Germany's car industry
Carmakers fear higher input costs just as Chinese EV competition bites.
6 hours ago
Euronews
Slovakia and Czechia seek exemption for automotive-grade coils
7 hours ago
Analysis
What will the new quota mean for UK exporters? Industry body says nobody knows
The Independent
9 hours ago
"""


def test_an_aggregator_with_one_card_sourced_under_its_title_keeps_its_sources() -> None:
    """Must-stay: sources over titles on an aggregator; one card with a kicker over its
    title and its publisher under it makes no kicker slot."""
    assert [source for _, source in sources(AGGREGATOR)] == [
        "Reuters",
        "Politico Europe",
        "Euronews",
        "The Independent",
    ]
