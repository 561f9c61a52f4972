"""split_cards: a card's standfirst printed without its full stop between its headline and
its author / stamp (title / standfirst / author / stamp) is the card's summary, not its
title: the headline the list's other cards title with stays the title (PE-E7)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import _unstopped_deck
from streams.split_page import _features

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


OWN_LIST_EN = """\
Home
Opinion
Latest columns
The new library hours are a false economy for the whole county
Closing on Saturdays saves a few thousand pounds but shuts out families who work all week
Margaret Ellison
3 hours ago
Our high street needs more than a fresh coat of paint
Grants for shopfronts will not bring back the footfall the ring road took away years ago
Samuel Whitaker
6 hours ago
Why I finally sold my car and took the train
Commuting by rail costs me less and gives me back two hours a day to read and think
Rebecca Lawson
1 day ago
More opinion
"""

OWN_LIST_DE = """\
Startseite
Meinung
Neueste Kommentare
Das neue Parkkonzept für die Innenstadt geht an den Anwohnern vorbei
Wer abends nach Hause kommt, findet künftig noch seltener einen Platz vor der eigenen Tür
Katrin Hoffmann
vor 3 Std.
Die Sanierung des Hallenbads darf nicht länger warten
Seit zwei Jahren fahren Schulklassen zum Schwimmunterricht in die Nachbarstadt und verlieren Zeit
Michael Braun
vor 6 Std.
Warum ich mein Auto verkauft habe und Bahn fahre
Die Fahrt mit dem Zug kostet mich weniger und schenkt mir jeden Tag zwei Stunden Lesezeit
Sabine Keller
vor 1 Tag
Mehr Meinung
"""


def test_own_list_title_standfirst_without_stop_author_stamp_keeps_every_headline() -> None:
    drafts = split(OWN_LIST_EN)
    assert [d.title for d in drafts] == [
        "The new library hours are a false economy for the whole county",
        "Our high street needs more than a fresh coat of paint",
        "Why I finally sold my car and took the train",
    ]
    assert drafts[0].body.startswith("Closing on Saturdays saves a few thousand pounds")
    assert [d.time_text for d in drafts] == ["3 hours ago", "6 hours ago", "1 day ago"]


def test_german_own_list_title_teaser_without_stop_author_stamp_keeps_every_headline() -> None:
    drafts = split(OWN_LIST_DE)
    assert [d.title for d in drafts] == [
        "Das neue Parkkonzept für die Innenstadt geht an den Anwohnern vorbei",
        "Die Sanierung des Hallenbads darf nicht länger warten",
        "Warum ich mein Auto verkauft habe und Bahn fahre",
    ]
    assert "Wer abends nach Hause kommt" in drafts[0].body


def test_two_titles_over_a_source_stamp_line_are_no_headline_and_deck() -> None:
    """Must-stay: a title-only card over a list's title / "Source • 1d" card: the second
    title is no standfirst of the first (such lists print none), nor is a title over the
    next card's top (a name over its title) or over a one-line card."""
    lines = [
        "Man charged after dog attack in a city park on Sunday",
        "Snow totals: how much fell in your state over the whole of last winter",
        "Weather.com • 1d",
        "Nobody voted for a ring road through the valley's last water meadow",
        "The Post view on bus franchising: a good start, but fares are the real test",
        "Marcus Hale",
        "Why I have finally given up on my allotment after eleven years",
        "La Fiscalía investiga contratos de limpieza de tres ayuntamientos de Málaga",
        "Un temporal de levante deja olas de seis metros en la costa de Almería y Murcia",
        "Europa Press",
        "hace 3 horas",
        "Congress passes budget hours before the shutdown deadline",
        "Boeing names a new chief executive amid its long safety crisis",
        "NBC News",
        "2 hours ago",
    ]
    f = _features(lines)
    assert not _unstopped_deck(f, 1, 0, set())
    assert not _unstopped_deck(f, 4, 0, set())
    assert not _unstopped_deck(f, 8, 0, set())  # (an agency's name: the second title's source)
    assert not _unstopped_deck(f, 12, 0, set())  # (an outlet's)


def test_a_headline_over_a_longer_line_over_an_author_and_stamp_is_over_its_deck() -> None:
    lines = [
        "The new library hours are a false economy for the whole county",
        "Closing on Saturdays saves a few thousand pounds but shuts out families who work",
        "Margaret Ellison",
        "3 hours ago",
    ]
    assert _unstopped_deck(_features(lines), 1, 0, set())


def test_short_kicker_over_title_author_stamp_keeps_the_title() -> None:
    """Must-stay: a kicker of a few words over the headline is no headline over a deck."""
    page = """\
Latest columns
Local politics
The new library hours are a false economy for the whole county
Margaret Ellison
3 hours ago
Town centre
Our high street needs more than a fresh coat of paint and new benches
Samuel Whitaker
6 hours ago
"""
    titles = [d.title for d in split(page)]
    assert titles == [
        "The new library hours are a false economy for the whole county",
        "Our high street needs more than a fresh coat of paint and new benches",
    ]


def test_article_header_deck_without_stop_keeps_the_headline_and_text() -> None:
    """Must-stay: an article's headline / deck without a stop / author / stamp / text."""
    page = """\
Council approves plan to reopen the old railway line to passengers
The scheme would restore services between the market town and the city for the first time since 1965
Margaret Ellison
3 hours ago
Councillors voted by a large majority on Thursday to back the plan for the line.
The line closed to passengers in 1965 and has carried only freight since then.
Campaigners said the vote was the result of twenty years of work by volunteers along the route.
"""
    drafts = split(page)
    assert drafts[0].title == "Council approves plan to reopen the old railway line to passengers"
    assert "Councillors voted by a large majority" in drafts[0].body


LONG_KICKERS_EN = """\
The Daily Ledger
World
Latest
The race for the White House 2028
Democrats begin search for a new generation of leaders
Helen Carter
2 hours ago
Crisis in the Middle East: what happens next
Israel announces 48-hour truce in northern Gaza after talks in Cairo
David Chen
3 hours ago
Russia's war in Ukraine: the latest news
Zelensky asks allies for more air defence after overnight strike on Kyiv
Sarah Mitchell
5 hours ago
More world news
"""

LONG_KICKERS_ES = """\
Portada
Internacional
Lo último
Guerra de Rusia en Ucrania, día 1.112
Zelenski pide más defensas antiaéreas tras el ataque nocturno contra Kiev
María Sánchez
hace 2 horas
Elecciones presidenciales de Estados Unidos 2028
Los demócratas buscan una nueva generación de líderes para la Casa Blanca
Pedro Gómez
hace 3 horas
Conflicto entre Israel y Hamás en Gaza
Israel anuncia una tregua de 48 horas en el norte de Gaza tras las conversaciones
Laura Martín
hace 5 horas
Más noticias
"""


def test_long_kickers_over_headlines_keep_every_headline_in_a_draft() -> None:
    """Must-stay (audit D-A1): a kicker of seven or eight words ("… 2028", "Topic: …",
    "Conflicto entre Israel y Hamás en Gaza") over a longer headline is no headline over
    a deck: the headline is never lost."""
    for page in (LONG_KICKERS_EN, LONG_KICKERS_ES):
        drafts = split(page)
        text = "\n".join(f"{d.title}\n{d.body}" for d in drafts)
        headlines = page.splitlines()[4::4]
        assert len(headlines) == 3
        assert all(headline in text for headline in headlines)
