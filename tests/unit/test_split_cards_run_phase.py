"""A card list's phase read once for the run by all its cards: where two or more cards print
their source over their title (a source line, a "Source · 3h" line), a stampless card of the
run does too (source / chip / title, furniture of the card above over it, the run's last
card); where they print it under their title, a stampless title over a publisher the
vocabulary or its shape knows is a card. Not a title over an unknown name (an ad whose label
clean took), not a chip and a title without a source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import _card_furniture_over_source
from streams.split_page import _features

FETCHED = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


SOURCE_CHIP_TITLE = """\
Top Stories
Los Angeles Times
Harbour commission approves new ferry terminal for the east bay
2h ago
The Boston Globe
Apple News+
Why the old mill towns are quietly filling up again this winter
The Sacramento Bee
State regulators order a review of wildfire insurance refusals
5h ago
Voice of San Diego
County opens three new shelters ahead of the first winter storm
Yesterday
"""


def test_a_stampless_card_in_a_source_first_run_skips_its_chip() -> None:
    assert cards(SOURCE_CHIP_TITLE) == [
        (
            "Los Angeles Times",
            "Harbour commission approves new ferry terminal for the east bay",
            "2h ago",
        ),
        (
            "The Boston Globe",
            "Why the old mill towns are quietly filling up again this winter",
            None,
        ),
        (
            "The Sacramento Bee",
            "State regulators order a review of wildfire insurance refusals",
            "5h ago",
        ),
        (
            "Voice of San Diego",
            "County opens three new shelters ahead of the first winter storm",
            "Yesterday",
        ),
    ]


CURATED = """\
Technology
Rest of World · 4h
Nigeria's fintech apps face new central bank rules on agent networks
The central bank will require mobile money agents to register with a national database \
by March, a move startups say could shut thousands of small kiosks.
Shared into Africa Tech Weekly by Kemi Adeyemi
The Register · 6h
Microsoft quietly retires yet another Windows control panel applet
Redmond's slow migration of settings into the modern app claims the venerable Sound \
dialog, and administrators are not amused.
Silicon Republic · 1d
Irish data centre connections paused again in the Dublin region
EirGrid says no new large connections will be approved in the greater Dublin area until \
at least 2028.
Shared into Connectivity by Joseph Otieno
The Hindu BusinessLine
Chennai startup raises funds to build chips for electric two-wheelers
The Verge · 2d
The best e-readers to buy right now before the holidays
"""


def test_a_curators_line_under_a_card_is_no_title_of_the_stampless_card_under_it() -> None:
    found = cards(CURATED)
    assert (
        "The Hindu BusinessLine",
        "Chennai startup raises funds to build chips for electric two-wheelers",
        None,
    ) in found
    assert len(found) == 5
    assert not any(title.startswith("Shared into") for _, title, _ in found)


LAST_SOURCED = """\
Aus den Regionen
Nordkurier · vor 3 Stunden
Neubrandenburg: Stadtwerke streichen Buslinie 7 ab Januar
Neue Westfälische · vor 5 Stunden
Bielefeld: Stadtbahnlinie 4 wird bis 2029 zur Universität verlängert
Allgäuer Zeitung
Kemptener Weihnachtsmarkt öffnet mit neuem Sicherheitskonzept
"""


def test_the_last_stampless_card_of_a_source_first_run_is_read() -> None:
    found = cards(LAST_SOURCED)
    assert found[-1] == (
        "Allgäuer Zeitung",
        "Kemptener Weihnachtsmarkt öffnet mit neuem Sicherheitskonzept",
        None,
    )


SOURCE_UNDER = """\
Régions
À Nice, le tramway de la ligne 4 enfin sur les rails après trois ans
Nice-Matin · il y a 5 h
Les images de la tempête sur la côte finistérienne cette nuit
Le Télégramme
Nantes : le chantier du nouveau CHU prend six mois de retard
Ouest-France · hier
Ajaccio : les ferries de la Méridionale à quai pour la deuxième journée
Corse-Matin · il y a 6 h
"""


def test_a_stampless_title_over_a_known_publisher_in_a_source_under_run_is_a_card() -> None:
    found = cards(SOURCE_UNDER)
    assert (
        "Le Télégramme",
        "Les images de la tempête sur la côte finistérienne cette nuit",
        None,
    ) in found
    assert len(found) == 4


def test_a_title_over_an_unknown_name_in_a_source_under_run_stays_out() -> None:
    # an ad whose label clean took ("Anzeige" / title / advertiser) reads the same
    text = SOURCE_UNDER.replace("Le Télégramme", "Regionalbank Niederösterreich")
    titles = [title for _, title, _ in cards(text)]
    assert "Les images de la tempête sur la côte finistérienne cette nuit" not in titles


FURNITURE = (
    "Rest of World · 4h",
    "Nigeria's fintech apps face new central bank rules on agent networks",
    "Shared into Africa Tech Weekly by Kemi Adeyemi",
    "The Register · 6h",
    "Microsoft quietly retires yet another Windows control panel applet",
    "Shared into Connectivity by Joseph Otieno",
    "The Hindu BusinessLine",
    "Johannesburg: Solar panels now fully covered with this new scheme",
    "SolarSavers SA",
)


def test_a_line_printed_under_several_cards_is_furniture_a_title_over_a_name_is_not() -> None:
    f = _features(FURNITURE)
    assert _card_furniture_over_source(f, 5, 6, set())
    # (an ad whose label clean took: its title is no line to skip to the name under it)
    assert not _card_furniture_over_source(f, 7, 8, set())


LAST_UNDER = """\
Trending in Colorado
CSU Rams fire offensive coordinator after a 3-9 season
Coloradoan · 3h
Loveland's Thanksgiving Day 5K draws a record 6,000 runners
Loveland Reporter-Herald · 9h
Greeley meatpacking plant to add a night shift and 300 jobs
Greeley Tribune · 14h
I-25 express lanes north of Berthoud open ahead of schedule
CBS Colorado
"""


def test_the_last_stampless_card_of_a_source_under_run_is_read() -> None:
    found = cards(LAST_UNDER)
    assert found[-1] == (
        "CBS Colorado",
        "I-25 express lanes north of Berthoud open ahead of schedule",
        None,
    )
    assert len(found) == 4


def test_a_title_over_an_advertiser_under_a_source_under_run_stays_out() -> None:
    text = LAST_UNDER.replace(
        "I-25 express lanes north of Berthoud open ahead of schedule\nCBS Colorado",
        "Local Plumber Reveals Trick to Unclog Drains Without Chemicals\nPlumbPro Tips",
    )
    titles = [title for _, title, _ in cards(text)]
    assert "Local Plumber Reveals Trick to Unclog Drains Without Chemicals" not in titles
    assert len(titles) == 3


ARTICLE_WITH_RELATED = """\
Harbour commission approves new ferry terminal
By Jane Doe
2 hours ago
The harbour commission voted on Tuesday to approve a new ferry terminal on the east side of \
the bay, ending a three-year dispute over the site.
Commissioners said construction could begin next spring if the state releases its share of \
the funding on time.
Residents who opposed the plan said they would consider an appeal to the regional board.
Related
County opens three new shelters ahead of the first winter storm
Voice of San Diego · 3h
State regulators order a review of wildfire insurance refusals
The Sacramento Bee · 5h
Follow our coverage of the waterfront all week long
The Harbour Times
"""


def test_an_article_with_a_short_related_list_keeps_its_site_promo_out() -> None:
    page = RawPage(
        text=ARTICLE_WITH_RELATED,
        url="https://www.harbourtimes.example/news/ferry",
        fetched_at=FETCHED,
    )
    drafts = split_articles(clean_page(page))
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    assert "Residents who opposed the plan" in drafts[0].body
