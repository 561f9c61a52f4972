"""A card list's phase read once for the run by all its cards: where two or more cards print
their source over their title (a source line, a "Source · 3h" line), a stampless card of the
run does too (source / chip / title, furniture of the card above over it, the run's last
card) when its name is a publisher's (no place, no person); where they print it under their
title, a stampless title over a publisher the vocabulary knows is a card. Not a title over an
unknown name (an ad whose label clean took, a columnist, a region, a place)."""

from datetime import UTC, datetime

import pytest

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
La Dépêche du Midi
Nantes : le chantier du nouveau CHU prend six mois de retard
Ouest-France · hier
Ajaccio : les ferries de la Méridionale à quai pour la deuxième journée
Corse-Matin · il y a 6 h
"""


def test_a_stampless_title_over_a_known_publisher_in_a_source_under_run_is_a_card() -> None:
    found = cards(SOURCE_UNDER)
    assert (
        "La Dépêche du Midi",
        "Les images de la tempête sur la côte finistérienne cette nuit",
        None,
    ) in found
    assert len(found) == 4


def test_a_title_over_an_unknown_name_in_a_source_under_run_stays_out() -> None:
    # an ad whose label clean took ("Anzeige" / title / advertiser) reads the same
    text = SOURCE_UNDER.replace("La Dépêche du Midi", "Regionalbank Niederösterreich")
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
The Denver Post
"""


def test_the_last_stampless_card_of_a_source_under_run_is_read() -> None:
    found = cards(LAST_UNDER)
    assert found[-1] == (
        "The Denver Post",
        "I-25 express lanes north of Berthoud open ahead of schedule",
        None,
    )
    assert len(found) == 4


def test_a_title_over_an_advertiser_under_a_source_under_run_stays_out() -> None:
    text = LAST_UNDER.replace(
        "I-25 express lanes north of Berthoud open ahead of schedule\nThe Denver Post",
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


# Auditors' probes (session 17: B's B17, B18; C's H01, H02, H03, H05): a columnist's name, a
# region's kicker or a place printed where a run prints its publishers is no card's source.
PROBE_B17 = """\
The Daily Meridian
News
Business
Opinion
Sport
Top stories
Reuters · 2h
Oil falls as OPEC signals higher output next year
Brent crude slipped below $70 a barrel after the producer group said it would raise \
quotas in January.
The Guardian · 3h
Ceasefire holds for third day as aid trucks enter Gaza
More than 200 lorries crossed at Kerem Shalom, the UN said.
Bloomberg · 4h
Senate passes stopgap bill to avert government shutdown
The measure funds federal agencies until the end of January.
Nesrine Okafor
Our cities cannot keep building roads they cannot maintain
Daniel Kessler
Why the new bus timetable fails night-shift workers
Priya Raman
The minimum wage rise is overdue and still too small
About us
Contact
"""

PROBE_B18 = """\
Actus Francophones
Accueil
France
Monde
À la une
AFP · il y a 2 h
Le Parlement adopte le budget de la Sécurité sociale après un nouveau 49.3
Le texte a été adopté définitivement mardi soir, après le rejet de deux motions de censure.
Le Monde · il y a 3 h
Grève à la SNCF : le trafic sera très perturbé jeudi sur les lignes TER
Un train sur deux circulera en moyenne, selon la direction.
Ouest-France · il y a 4 h
Rennes : la liste d’union de la gauche l’emporte avec 54 % des voix
La maire sortante est réélue pour un troisième mandat.
Bretagne
Tempête Ciaran : trois ans après, les forêts du Finistère peinent à se relever
Normandie
Le pont de Normandie fermé aux poids lourds jusqu’à lundi à cause du vent
Mentions légales
"""

PROBE_H01 = """\
Top stories
Fed holds rates steady as inflation cools
3 hours ago
Policymakers signalled two cuts next year.
Priya Raman
Why the city's new bus lanes are worth the long wait
A columnist argues the delays will pay off for commuters.
Associated Press
2 hours ago
Storm knocks out power to 200,000 homes in Texas
Crews expect to restore most service by Friday.
The Guardian
1 hour ago
UK inflation falls to 2.1% in October
Prices rose more slowly than economists expected.
Reuters
40 minutes ago
Oil prices slip as Opec weighs output rise
Brent crude fell 1.2% in early trading.
"""

PROBE_H02 = """\
À la une
Budget 2027 : le gouvernement recourt au 49.3
il y a 3 heures
Le Premier ministre a engagé la responsabilité du gouvernement.
Occitanie
Sécheresse : les restrictions d'eau prolongées dans quatre départements
Les préfets ont signé de nouveaux arrêtés mardi soir.
Le Monde
il y a 2 heures
Grève SNCF : le trafic perturbé jeudi sur les TGV
La direction prévoit un train sur deux sur l'axe Atlantique.
Ouest-France
il y a 1 heure
Tempête : vigilance orange sur le littoral breton
Des rafales à 120 km/h sont attendues dans la nuit.
AFP
il y a 40 minutes
Football : Mbappé forfait pour le match face à l'Italie
Le capitaine souffre d'une gêne à la cuisse.
"""

PROBE_H03 = """\
Lo último
El Gobierno aprueba la subida del salario mínimo para 2027
El País · hace 2 horas
La Bolsa española cierra la semana con una subida del 3 %
Expansión · hace 3 horas
Huelga de controladores: Aena prevé cancelaciones el lunes
El Confidencial · hace 4 horas
Muere un motorista en un accidente en la autovía A-7
El Ejido
Más noticias de Andalucía
Ver todas
"""

PROBE_H05 = """\
Latest
EU leaders agree on new sanctions package against Moscow
Reuters · 2 hours ago
Dutch farmers block motorways in protest over nitrogen rules
The Guardian · 3 hours ago
ICC judges open hearing on Sudan arrest warrants
Associated Press · 4 hours ago
War crimes court faces new funding shortfall next year
The Hague

"""


@pytest.mark.parametrize(
    ("text", "names", "count"),
    [
        (PROBE_B17, ("Nesrine Okafor", "Daniel Kessler", "Priya Raman"), 3),
        (PROBE_B18, ("Bretagne", "Normandie"), 3),
        (PROBE_H01, ("Priya Raman",), 5),
        (PROBE_H02, ("Occitanie",), 5),
        (PROBE_H03, ("El Ejido",), 3),
        (PROBE_H05, ("The Hague",), 3),
    ],
)
def test_a_name_no_publisher_in_a_runs_source_slot_makes_no_card(
    text: str, names: tuple[str, ...], count: int
) -> None:
    found = cards(text)
    assert not any(source in names for source, _, _ in found)
    assert len(found) == count
