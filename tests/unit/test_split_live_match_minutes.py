"""split_live._live_entries: a match ticker's entries open with the match minute alone on
its line ("67'", "90.+4'"), the ticker's clock: the blog ends after its last entry, and the
teaser cards under it are related articles."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 7, 17, 40, tzinfo=UTC)

ENTRIES = """\
90.+4'
Abpfiff
Schluss in Lübeck! Beide Mannschaften trennen sich nach einer intensiven Partie mit einem Remis.
67'
Tor für Lübeck
1:1 durch Weber! Der Mittelstürmer setzt sich im Strafraum durch und schiebt flach ins Eck.
45+1'
Halbzeit
Mit einer knappen Führung für die Gastgeber geht es in die Pause, der Gast hatte mehr vom Spiel.
1'
Anpfiff
Der Ball rollt! Die Gastgeber spielen in der ersten Halbzeit auf die Nordtribüne.
"""

CARDS = """\
Mehr zur Regionalliga
Nach dem 1:1 in Lübeck: Gäste hadern mit der Chancenverwertung
„Wir hätten das Spiel gewinnen müssen“, sagte der Trainer nach Abpfiff.
vor 10 Minuten
Kiel souverän: Drei Tore in zwölf Minuten gegen Rostock
vor 1 Stunde
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def ticker(kicker: str) -> str:
    return f"""\
Sportbote
Fußball
{kicker}VfB Lübeck – Holstein Kiel II 1:1
Aktualisiert: 07.03.2026, 17:24 Uhr
{ENTRIES}{CARDS}"""


def test_cards_under_a_minute_ticker_are_related_articles() -> None:
    drafts = split(ticker("Liveticker: "))
    assert [draft.title for draft in drafts] == [
        "Liveticker: VfB Lübeck – Holstein Kiel II 1:1",
        "Nach dem 1:1 in Lübeck: Gäste hadern mit der Chancenverwertung",
        "Kiel souverän: Drei Tore in zwölf Minuten gegen Rostock",
    ]
    blog = drafts[0].body
    # (an entry keeps its minute and its headline: audit B-L1)
    assert "67' Tor für Lübeck 1:1 durch Weber!" in " ".join(blog.split())
    assert "90.+4'" in blog
    assert "Schluss in Lübeck!" in blog
    assert "Der Ball rollt!" in blog  # (a real blog keeps every entry, its last one too)
    assert "hadern mit der Chancenverwertung" not in blog


# must stay: no live label, the minute marks open no blog's entries: a match report whose
# timeline prints the minutes keeps its text as one article
REPORT = f"""\
Sportbote
Fußball
Remis in Lübeck: Weber rettet dem VfB einen Punkt gegen Kiel
07.03.2026, 17:24 Uhr
Der VfB Lübeck hat gegen Holstein Kiel II einen Punkt geholt, nach einem Rückstand zur Pause.
{ENTRIES}Der VfB bleibt damit auf dem siebten Platz, Kiel verpasst den Sprung an die Spitze.
"""


def test_a_match_report_with_minute_marks_stays_one_article() -> None:
    drafts = split(REPORT)
    assert len(drafts) == 1
    assert drafts[0].title == "Remis in Lübeck: Weber rettet dem VfB einen Punkt gegen Kiel"
    assert "Der Ball rollt!" in drafts[0].body
    assert "siebten Platz" in drafts[0].body


def test_a_minute_inside_a_line_opens_no_entry() -> None:
    """Only a minute alone on its line is an entry's clock: "Nach 67' Tor durch Weber" is a
    line of the blog's text, no entry: the blog still ends over the cards."""
    line = "Nach 67' Tor durch Weber\n"
    drafts = split(ticker("Liveticker: ").replace("67'\nTor für Lübeck\n", line))
    assert len(drafts) == 3
    assert "Nach 67' Tor durch Weber" in drafts[0].body


# must stay (audit B-L2): a score widget's minute under the cards after the blog's last
# entry ("Live now" / a match / "67'" / a sentence) opens no entry: the cards between stay
# related articles, no part of the blog
WIDGET = """\
City Herald
Live
Budget 2026 live: chancellor unveils tax cuts
Updated 14:10 GMT
14:05
Fuel duty frozen
The chancellor confirms fuel duty will be frozen for another year, at a cost of £3bn.
13:48
National insurance cut
A 2p cut to national insurance will take effect from April, worth £450 a year to the average worker.
13:30
Statement begins
The chancellor has begun her statement in the Commons, promising "a budget for growth".
Council tax bills to rise by five per cent in April
2 hours ago
Most councils in England will raise bills by the maximum allowed without a referendum.
House prices fall for third month in a row
4 hours ago
The average price of a home dropped 0.4% in February, a lender said.
Live now
Arsenal v Chelsea
67'
Saka hits the post as Arsenal push for a winner at the Emirates.
"""


def test_a_score_widgets_minute_under_cards_opens_no_entry() -> None:
    drafts = split(WIDGET)
    assert [draft.title for draft in drafts[1:]] == [
        "Council tax bills to rise by five per cent in April",
        "House prices fall for third month in a row",
    ]
    assert "Most councils in England" not in drafts[0].body
    assert "Statement begins" in drafts[0].body


def test_a_minute_ticker_ends_over_its_cards_above_another_matchs_minute() -> None:
    """Must stay (audit B-L2): the cards under a minute ticker stay cards when another
    match's minute stands under them ("Le altre partite" / "Roma-Lazio" / "34'" / text)."""
    other = "Le altre partite\nRoma-Lazio\n34'\nDybala colpisce la traversa su punizione.\n"
    drafts = split(ticker("Liveticker: ") + other)
    assert "hadern mit der Chancenverwertung" not in drafts[0].body
    assert "Kiel souverän: Drei Tore in zwölf Minuten gegen Rostock" in [
        draft.title for draft in drafts
    ]


# audit B-L4: an inline card ("Arteta: …" / "3 hours ago") or an embedded tweet (its date
# under it) between a ticker's minute entries: the minutes under it count on down, so they
# are the ticker's entries, each keeping its minute, headline and text, not the card's body
TICKER_TOP = """\
Sport Central
Football
Live
Arsenal v Chelsea: Premier League clash as it happens
Updated 17:52 GMT
90+4'
Full-time
Arsenal hold on to win a bruising London derby and go two points clear at the top of the table.
81'
GOAL! Arsenal 2-1 Chelsea
Saka cuts inside from the right and curls a left-footed shot into the far corner.
"""
TICKER_BOTTOM = """\
52'
GOAL! Arsenal 1-1 Chelsea
Havertz heads in a Rice corner against his old club to level the scores.
38'
Penalty to Chelsea
Palmer sends Raya the wrong way from the spot after Saliba was judged to have handled.
1'
Kick-off
We are under way at the Emirates, with Chelsea getting us started on a cold evening.
More football
Manager sacked after five straight defeats
2 hours ago
The club said a new head coach would be appointed before the weekend.
"""
INLINE_CARD = "Arteta: We have to be braver in the big games\n3 hours ago\n"
TWEET = "Arsenal\n@Arsenal\nWHAT A GOAL, BUKAYO SAKA!\nMarch 10, 2026\n"


@pytest.mark.parametrize("between", [INLINE_CARD, TWEET])
def test_minute_entries_under_a_card_inside_the_ticker_stay_its_entries(between: str) -> None:
    drafts = split(TICKER_TOP + between + TICKER_BOTTOM)
    assert [draft.title for draft in drafts] == [
        "Arsenal v Chelsea: Premier League clash as it happens",
        "Manager sacked after five straight defeats",
    ]
    blog = " ".join(drafts[0].body.split())
    assert "52' GOAL! Arsenal 1-1 Chelsea Havertz heads in" in blog
    assert "38' Penalty to Chelsea Palmer sends Raya" in blog
    assert "the wrong way from the spot" in blog and "We are under way" in blog


def test_a_minute_against_the_tickers_order_under_a_card_opens_no_entry() -> None:
    """Must stay: under a card, another match's minute ("1'" last, then "34'") is a score
    widget's, out of the ticker's order: the card stays a related article."""
    card = "Napoli, trattativa per il rinnovo\n3 hours ago\nIl club offre un contratto al 2030.\n"
    widget = "Roma-Lazio\n34'\nDybala colpisce la traversa su punizione.\n"
    page = TICKER_TOP + TICKER_BOTTOM.split("More football", maxsplit=1)[0] + card + widget
    drafts = split(page)
    assert "Napoli, trattativa per il rinnovo" in [draft.title for draft in drafts]
    assert "Il club offre un contratto" not in drafts[0].body
