"""A kicker rail (kicker / title / publisher / stamp, card under card): the name over each
card's stamp is its publisher, the first card's too, whatever the name; the kicker over its
title is neither its publisher nor its title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(draft.title, draft.source) for draft in split(text)]


ES_RAIL = """\
Portada
España
Internacional
Economía
Lo último
Elecciones catalanas
Illa gana con holgura y el PSC queda a un paso de la mayoría absoluta
El País
hace 1 hora
Dana de Valencia
La jueza cita como investigada a la exconsellera de Justicia
Europa Press
hace 2 horas
Vivienda
El precio del alquiler sube un 11% en el último año
elDiario.es
hace 3 horas
Guerra en Ucrania
Zelenski pide a Europa más defensa antiaérea antes del invierno
EFE
hace 4 horas
Más noticias
"""


def test_the_first_card_of_a_kicker_rail_keeps_its_publisher() -> None:
    """Read alone, the first card took its kicker for its headline and "El País" under it
    for an author; the rail's slot says the name over the stamp is its publisher."""
    assert sources(ES_RAIL) == [
        ("Illa gana con holgura y el PSC queda a un paso de la mayoría absoluta", "El País"),
        ("La jueza cita como investigada a la exconsellera de Justicia", "Europa Press"),
        ("El precio del alquiler sube un 11% en el último año", "elDiario.es"),
        ("Zelenski pide a Europa más defensa antiaérea antes del invierno", "EFE"),
    ]


SPORT_RAILS = """\
Home
Football
Cricket
Top stories
Champions League
Arsenal beat Bayern to reach quarter-finals for first time in 15 years
BBC Sport
1 hour ago
Formula One
Verstappen fastest in first practice as Hamilton struggles
Sky Sports
2 hours ago
Ryder Cup
Europe name four wildcards for Bethpage defence
The Guardian
3 hours ago
Around the leagues
Premier League
Salah double keeps Liverpool top after win at Villa
1 hour ago
La Liga
Barcelona held at home as Real close the gap to two points
2 hours ago
Serie A
Inter stretch unbeaten run to 18 games with win in Turin
2 hours ago
Eredivisie
Ajax held at home as PSV close the gap to two points
3 hours ago
Bundesliga
Leverkusen come from two down to draw with Dortmund
4 hours ago
"""


def test_the_kicker_over_a_rails_first_title_is_no_source() -> None:
    """ "Champions League" over the first title is its kicker; "BBC Sport" under it, in the
    slot where the rail's other cards print theirs, is its publisher. The second list
    (kicker / title / stamp, no name under) keeps its kickers out of the sources, "La Liga"
    too: shaped as a masthead, but a chip among the chips of its list."""
    assert sources(SPORT_RAILS) == [
        ("Arsenal beat Bayern to reach quarter-finals for first time in 15 years", "BBC Sport"),
        ("Verstappen fastest in first practice as Hamilton struggles", "Sky Sports"),
        ("Europe name four wildcards for Bethpage defence", "The Guardian"),
        ("Salah double keeps Liverpool top after win at Villa", None),
        ("Barcelona held at home as Real close the gap to two points", None),
        ("Inter stretch unbeaten run to 18 games with win in Turin", None),
        ("Ajax held at home as PSV close the gap to two points", None),
        ("Leverkusen come from two down to draw with Dortmund", None),
    ]


def test_an_author_in_a_rails_slot_is_no_source() -> None:
    """Must-stay: a person's name over the first card's stamp (an analysis's byline) is its
    author, not its publisher, though the rail's other cards print publishers there."""
    read = sources(SPORT_RAILS.replace("BBC Sport\n", "Phil McNulty\n"))
    assert [title for title, _ in read] == [title for title, _ in sources(SPORT_RAILS)]
    assert [source for _, source in read][:3] == [None, "Sky Sports", "The Guardian"]


def test_a_reporter_in_a_rails_slot_is_no_source() -> None:
    """Must-stay (auditor B's B-1): a name of a few capitalised words in the first card's
    slot that nothing marks as a publisher's ("María José López", no article, no acronym,
    no vocabulary) is as often its reporter: null beats wrong."""
    read = sources(ES_RAIL.replace("El País\n", "María José López\n"))
    assert [source for _, source in read] == [None, "Europa Press", "elDiario.es", "EFE"]


SHORT_TITLES = """\
Home
World
Top stories
Gaza ceasefire holds
Aid trucks enter for a third day as talks resume in Cairo
Reuters
1 hour ago
Senate passes stopgap
Federal agencies funded until the end of January after late vote
Associated Press
2 hours ago
Oil falls again
Brent slips below $70 as OPEC signals higher output next year
Bloomberg
3 hours ago
"""


def test_a_short_headline_over_its_deck_keeps_its_title() -> None:
    """Must-stay (auditor B's B-11): title / deck without a full stop / publisher / stamp
    has the rail's shape too; the slot gives the first card its publisher and leaves its
    title as read ("Gaza ceasefire holds", the deck in its body)."""
    first = split(SHORT_TITLES)[0]
    assert (first.title, first.source) == ("Gaza ceasefire holds", "Reuters")
    assert "Aid trucks enter" in first.body


ARTICLE_WITH_RAIL = """\
Home
World
Business
Politics
Parliament passes budget after marathon all-night sitting
The bill cleared its final vote at dawn, ending three weeks of wrangling over spending.
By Ana Ruiz
2 hours ago
Members of parliament voted by 312 to 287 to approve the government's budget after a session that ran through the night and into the early hours of Wednesday morning.
The opposition had tabled more than two hundred amendments, most of which were defeated without debate as the speaker moved to bring the sitting to a close.
Ministers said the spending plans would be published in full later in the week, with the first measures taking effect in April.
More from the network
Energy
Oil falls as OPEC signals higher output next year
CNBC
5 hours ago
Gaza
Ceasefire holds for third day as aid trucks enter Gaza
The Guardian
6 hours ago
Shutdown
Senate passes stopgap bill to avert government shutdown
Sky News
7 hours ago
"""  # noqa: E501


def test_a_kicker_rail_under_an_article_keeps_the_lead_and_its_titles() -> None:
    """Must-stay: an article page's lead keeps its headline and text; the rail under it
    keeps each card's title and publisher."""
    drafts = split(ARTICLE_WITH_RAIL)
    assert [(d.role, d.title, d.source) for d in drafts] == [
        ("lead", "Parliament passes budget after marathon all-night sitting", None),
        ("related", "Oil falls as OPEC signals higher output next year", "CNBC"),
        ("related", "Ceasefire holds for third day as aid trucks enter Gaza", "The Guardian"),
        ("related", "Senate passes stopgap bill to avert government shutdown", "Sky News"),
    ]
    assert "Ministers said the spending plans" in drafts[0].body
