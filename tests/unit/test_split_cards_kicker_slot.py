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


KICKERS_THEN_AGGREGATOR_MODULE = """\
Home
News
Top stories
Shutdown
Senate passes stopgap bill to avert government shutdown
The measure funds agencies through mid-December.
Reuters
2 hours ago
Gaza
Ceasefire holds for third day as aid trucks enter Gaza
Associated Press
3 hours ago
From around the web
Kyiv Independent
Drone strike cuts power to 200,000 homes in the border region
1 hour ago
Fortune
Chipmaker's profit doubles as demand for AI servers surges
2 hours ago
Politico
White House weighs new tariffs on European steel
5 hours ago
"""


def test_an_aggregator_module_under_its_own_heading_keeps_its_publishers() -> None:
    """Auditor A's A-1 (probe A22): the kicker slot is no slot of a module under a heading
    of its own whose cards print their names over their titles and none under, one of them
    a known publisher's."""
    assert sources(KICKERS_THEN_AGGREGATOR_MODULE)[2:] == [
        ("Drone strike cuts power to 200,000 homes in the border region", "Kyiv Independent"),
        ("Chipmaker's profit doubles as demand for AI servers surges", "Fortune"),
        ("White House weighs new tariffs on European steel", "Politico"),
    ]


LEAD_SOURCED_OVER_THEN_KICKER_RAIL = """\
News
Money
Sky News
Storm Darragh: thousands without power as red warning comes into force
Winds of up to 90mph are expected to hit western coasts of Wales and England on Saturday.
10 March 2026 · 2h
About 30,000 homes were without power in Wales on Saturday morning, according to the grid.
Trains were cancelled across much of the west of England and Wales, and bridges were closed.
The Met Office said the red warning would remain in place until 11am on Saturday.
Top stories
Gaza
Ceasefire holds for third day as aid trucks enter Gaza
Associated Press
3h
Shutdown
Senate passes stopgap bill to avert government shutdown
Reuters
4h
"""


def test_the_leads_source_over_its_headline_stays_on_a_kicker_slot_page() -> None:
    """Auditor A's A-1b (probe A42): the lead's header, with its text under it, is no
    list's card: its publisher over the headline stays its source."""
    drafts = split(LEAD_SOURCED_OVER_THEN_KICKER_RAIL)
    assert drafts[0].role == "lead" and drafts[0].source == "Sky News"


SECTION_OF_CHIP_CARDS = (
    KICKER_SLOT_PAGE
    + """\
Sport
Handball
HSG Wetzlar verliert knapp gegen Melsungen
vor 8 Stunden
Basketball
Giessen 46ers verpflichten Aufbauspieler aus Litauen
vor 9 Stunden
"""
)


def test_chip_cards_under_a_sections_heading_stay_chips() -> None:
    """Must-stay: cards under a section's heading ("Sport") printing a topic over each title
    and no publisher are no aggregator's module: their chips are no sources."""
    assert sources(SECTION_OF_CHIP_CARDS)[4:] == [
        ("HSG Wetzlar verliert knapp gegen Melsungen", None),
        ("Giessen 46ers verpflichten Aufbauspieler aus Litauen", None),
    ]


MOST_READ_PLACES = """\
Startseite
Nachrichten
Top-Themen
Nahost
Waffenruhe im Gazastreifen hält den dritten Tag
dpa
vor 2 Stunden
Energie
Strompreise sinken zum ersten Mal seit zwei Jahren
Reuters
vor 3 Stunden
Haushalt
Bundestag beschließt Etat nach langer Debatte
AFP
vor 4 Stunden
Meistgelesen
Bad Nauheim
Brand in Hotel: 80 Gäste in Sicherheit gebracht
vor 1 Stunde
Friedberg
Umgehungsstraße nach Unfall stundenlang gesperrt
vor 2 Stunden
Butzbach
Stadtfest fällt wegen Bauarbeiten aus
vor 5 Stunden
"""


def test_a_most_read_module_of_place_chips_keeps_no_sources() -> None:
    """Auditor D's D-3 (probe D49): a "Meistgelesen" module's places over its titles, no
    known publisher among them, are the page's kicker slot: chips, no sources."""
    assert [source for _, source in sources(MOST_READ_PLACES)] == [
        "dpa",
        "Reuters",
        "AFP",
        None,
        None,
        None,
    ]


PORTAL_RAIL = """\
Home
News
Money
Top stories
Shutdown
Senate passes stopgap bill to avert government shutdown
Reuters
2 hours ago
Gaza
Ceasefire holds for third day as aid trucks enter Gaza
Associated Press
3 hours ago
Oil prices
Oil falls as OPEC signals higher output next year
CNBC
4 hours ago
"""

UNKNOWN_NAMES_MODULE = """\
Fortune
Chipmaker's profit doubles as demand for AI servers surges
5 hours ago
Nikkei Asia
Japanese automakers shift battery output to Southeast Asia
6 hours ago
Politico
White House weighs new tariffs on European steel
7 hours ago
"""

OUTLETS_MODULE = (
    "Kyiv Independent\nDrone strike cuts power to 200,000 homes in the border region\n"
    "4 hours ago\n" + UNKNOWN_NAMES_MODULE
)


def test_a_module_of_publishers_keeps_them_under_any_heading() -> None:
    """Auditor A's A-1 / D's D-2 (probes A49, D40, D42, D44): after a kicker rail, a module
    whose cards print a name over each title and none under it, one a known publisher's,
    keeps its publishers: under a section's heading, a list heading or none; one an
    English word ("Fortune", read as a chip after a card sourced under its title) too."""
    want = ["Kyiv Independent", "Fortune", "Nikkei Asia", "Politico"]
    for heading in ("Business\n", "Trending\n", ""):
        page = PORTAL_RAIL + heading + OUTLETS_MODULE
        assert [source for _, source in sources(page)][3:] == want, heading


def test_a_module_keeps_its_publishers_when_blank_lines_separate_the_cards() -> None:
    """Auditor D's D-2 (c) (probe D90): a blank line after each card separates cards, not
    lists: the module is still one, and keeps its publishers."""
    page = KICKERS_THEN_AGGREGATOR_MODULE.replace(" ago\n", " ago\n\n")
    assert [source for _, source in sources(page)][2:] == [
        "Kyiv Independent",
        "Fortune",
        "Politico",
    ]


def test_chips_over_a_portals_module_stay_chips() -> None:
    """Must-stay (auditor B's B-4: B43, B44, B47): on a portal whose kicker cards credit
    outlets, a "Most read" module of towns or a "Markets" module of companies over the
    titles, no known publisher among them, prints chips: no sources. Places the gazetteer
    knows are chips beside a known publisher too."""
    towns = (
        UNKNOWN_NAMES_MODULE.replace("Fortune\n", "Market Harborough\n")
        .replace("Nikkei Asia\n", "Hebden Bridge\n")
        .replace("Politico\n", "Little Snoring\n")
    )
    companies = (
        UNKNOWN_NAMES_MODULE.replace("Fortune\n", "Nvidia\n")
        .replace("Nikkei Asia\n", "Ryanair\n")
        .replace("Politico\n", "Volkswagen\n")
    )
    for module in (towns, companies):
        page = PORTAL_RAIL + "Most read\n" + module
        assert [source for _, source in sources(page)][3:] == [None, None, None]
    places = (
        OUTLETS_MODULE.replace("Fortune\n", "Leeds\n")
        .replace("Nikkei Asia\n", "Paris\n")
        .replace("Politico\n", "Berlin\n")
    )
    assert [source for _, source in sources(PORTAL_RAIL + "Trending\n" + places)][3:] == [
        "Kyiv Independent",
        None,
        None,
        None,
    ]


def test_a_wire_crediting_sites_module_of_unknown_names_stays_chips() -> None:
    """Must-stay (D-3, probes D47/D49): a site whose kicker cards credit only the wires
    ("dpa", "Reuters", "AFP") prints its own kicker slot over its other lists' titles:
    names no vocabulary knows there ("Bad Nauheim", "Friedberg") are chips, whatever the
    list's heading, also with blank lines between the cards."""
    spaced = MOST_READ_PLACES.replace("Stunden\n", "Stunden\n\n").replace("Stunde\n", "Stunde\n\n")
    for page in (MOST_READ_PLACES, MOST_READ_PLACES.replace("Meistgelesen\n", ""), spaced):
        assert [source for _, source in sources(page)][3:] == [None, None, None]


def test_a_module_where_a_known_publisher_prints_several_stories_keeps_its_publishers() -> None:
    """Auditor B's B02: a known publisher may print several cards of a module ("Kyiv Post"
    three times): a repeat of its name is no topic's, so the module's other publisher
    ("Meduza") stays its card's source."""
    module = (
        "Kyiv Post\nDrone strike cuts power to 200,000 homes in Kharkiv region\n1 hour ago\n"
        "Kyiv Post\nUkraine and Poland agree on new grain transit corridor\n2 hours ago\n"
        "Meduza\nRussian court jails journalist for eight years over war posts\n4 hours ago\n"
    )
    page = PORTAL_RAIL + "From our partners\n" + module
    assert [source for _, source in sources(page)][3:] == ["Kyiv Post", "Kyiv Post", "Meduza"]


def test_institutions_over_a_portals_titles_are_topics_no_sources() -> None:
    """Must-stay (auditor B's B23, B24, B25): on a portal, a list or a top story printing an
    institution's, a competition's or a prize's name over its title ("Supreme Court", "Bank
    of England", "World Cup", "Nobel Prize") prints its topic there, no publisher."""
    institutions = (
        UNKNOWN_NAMES_MODULE.replace("Fortune\n", "Supreme Court\n")
        .replace("Nikkei Asia\n", "Bank of England\n")
        .replace("Politico\n", "Met Police\n")
    )
    competitions = (
        UNKNOWN_NAMES_MODULE.replace("Fortune\n", "World Cup\n")
        .replace("Nikkei Asia\n", "Nobel Prize\n")
        .replace("Politico\n", "Coppa Italia\n")
    )
    for heading in ("Politics\n", "\n"):
        for module in (institutions, competitions):
            page = PORTAL_RAIL + heading + module
            assert [source for _, source in sources(page)][3:] == [None, None, None], heading
    top = PORTAL_RAIL.replace(
        "Top stories\n",
        "Supreme Court\nJustices agree to hear challenge to tariff powers\n"
        "The case could decide the fate of tariffs on more than 60 countries.\n1 hour ago\n"
        "Top stories\n",
    )
    assert sources(top)[0][1] is None


def test_a_module_with_a_known_publisher_keeps_company_shaped_publishers() -> None:
    """Must-stay (auditor B's B29): the name-shape tests of a portal's module of unknown
    names are no test of a module one of whose names is a known publisher's: "Fast
    Company" and "Android Police" beside "Kyiv Independent" stay sources."""
    module = (
        "Kyiv Independent\nDrone strike cuts power to 200,000 homes in Kharkiv region\n"
        "1 hour ago\n"
        "Fast Company\nWhy four-day weeks are quietly spreading through tech firms\n"
        "3 hours ago\n"
        "Android Police\nGoogle confirms Pixel update fixes battery drain bug\n4 hours ago\n"
    )
    page = PORTAL_RAIL + "From around the web\n" + module
    assert [source for _, source in sources(page)][3:] == [
        "Kyiv Independent",
        "Fast Company",
        "Android Police",
    ]


def test_a_masthead_shaped_place_is_no_evidence_of_a_module_of_publishers() -> None:
    """Must-stay (auditor B's B-6, probe B60): a place shaped as a masthead ("La Baule": an
    article and a word) among a section's place chips does not make the chips a module's
    publishers: "Pornic" stays no source."""
    page = """\
Accueil
Régions
Sport
À la une
Budget
Le gouvernement prêt à recourir au 49.3 pour faire passer le texte
AFP
il y a 1 heure
Grève
Le trafic perturbé sur le RER B jusqu'à jeudi
AFP
il y a 2 heures
Régions
La Baule
Incendie dans un hôtel, 80 clients évacués dans la nuit
il y a 1 heure
Pornic
La route de la corniche fermée après un éboulement
il y a 2 heures
"""
    assert sources(page)[3][1] is None
