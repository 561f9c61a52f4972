"""split: a list of title / source / stamp cards whose one-line summary prints under the stamp
without a full stop (audit E's PE-E4): each card keeps its headline, its source and its
summary as text; read stamp by stamp, every summary titled the next card and every headline
was lost. Lists printed title / deck / source / stamp, and such a list running straight into
a story's text, keep the stamps' reading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(d.title, d.source, d.time_text, d.body) for d in split(text)]


def test_summaries_under_stamps_keep_the_headlines() -> None:
    # audit E's s19E-E62
    got = cards(
        "Home\nMore news from across the United States today\n"
        "Congress passes budget hours before shutdown deadline\nThe Hill\n2 hours ago\n"
        "Lawmakers approved the stopgap measure late on Friday night\n"
        "Boeing names new chief executive amid safety crisis\nThe Wall Street Journal\n"
        "3 hours ago\nThe planemaker turned to an outsider to lead its turnaround\n"
        "Measles cases climb to highest level in five years\nNBC News\n5 hours ago\n"
        "Health officials urged parents to check their children's vaccinations\n"
        "More stories\n"
    )
    assert got == [
        (
            "Congress passes budget hours before shutdown deadline",
            "The Hill",
            "2 hours ago",
            "Lawmakers approved the stopgap measure late on Friday night",
        ),
        (
            "Boeing names new chief executive amid safety crisis",
            "The Wall Street Journal",
            "3 hours ago",
            "The planemaker turned to an outsider to lead its turnaround",
        ),
        (
            "Measles cases climb to highest level in five years",
            "NBC News",
            "5 hours ago",
            "Health officials urged parents to check their children's vaccinations",
        ),
    ]


def test_summaries_under_stamps_with_a_stop_on_one() -> None:
    # audit E's s19E-E62b: the last summary ends with a stop
    got = cards(
        "Home\nMore news from across the United States today\n"
        "Congress passes budget hours before shutdown deadline\nThe Hill\n2 hours ago\n"
        "Lawmakers approved the stopgap measure late on Friday night\n"
        "Boeing names new chief executive amid safety crisis\nThe Wall Street Journal\n"
        "3 hours ago\nThe planemaker turned to an outsider to lead its turnaround\n"
        "Measles cases climb to highest level in five years\nNBC News\n5 hours ago\n"
        "Health officials urged parents to check their children's vaccinations.\n"
    )
    assert [title for title, *_ in got] == [
        "Congress passes budget hours before shutdown deadline",
        "Boeing names new chief executive amid safety crisis",
        "Measles cases climb to highest level in five years",
    ]
    assert got[0][3] == "Lawmakers approved the stopgap measure late on Friday night"


def test_german_summaries_under_stamps() -> None:
    got = cards(
        "Nachrichten\nWeitere Meldungen aus Deutschland\n"
        "Bundestag beschließt Haushalt kurz vor der Frist\nSpiegel\nvor 2 Std.\n"
        "Die Abgeordneten stimmten am späten Freitagabend mit knapper Mehrheit für den Etat\n"
        "Bahn kündigt Preiserhöhung für den Fernverkehr an\nHandelsblatt\nvor 3 Std.\n"
        "Die Tickets werden ab Dezember im Schnitt sechs Prozent teurer\n"
        "Masernfälle erreichen den höchsten Stand seit Jahren\nTagesschau\nvor 5 Std.\n"
        "Gesundheitsämter rufen Eltern zur Kontrolle des Impfpasses auf\n"
    )
    assert [(title, source) for title, source, *_ in got] == [
        ("Bundestag beschließt Haushalt kurz vor der Frist", "Spiegel"),
        ("Bahn kündigt Preiserhöhung für den Fernverkehr an", "Handelsblatt"),
        ("Masernfälle erreichen den höchsten Stand seit Jahren", "Tagesschau"),
    ]
    assert got[1][3] == "Die Tickets werden ab Dezember im Schnitt sechs Prozent teurer"


def test_must_stay_title_deck_source_stamp_list() -> None:
    # the deck between title and source, nothing under the last stamp: the stamps' reading
    got = cards(
        "Home\nMore news\n"
        "Congress passes budget hours before shutdown deadline\n"
        "Lawmakers approve stopgap measure late on Friday night\nThe Hill\n2 hours ago\n"
        "Boeing names new chief executive amid safety crisis\n"
        "The planemaker turns to an outsider for its turnaround\nThe Wall Street Journal\n"
        "3 hours ago\n"
        "Measles cases climb to highest level in five years\n"
        "Health officials urge parents to check vaccinations\nNBC News\n5 hours ago\n"
    )
    assert [title for title, *_ in got] == [
        "Congress passes budget hours before shutdown deadline",
        "Boeing names new chief executive amid safety crisis",
        "Measles cases climb to highest level in five years",
    ]
    assert got[0][3] == "Lawmakers approve stopgap measure late on Friday night"


def test_must_stay_list_running_into_a_story_keeps_its_text() -> None:
    # a story's paragraph right under the last summary: the block goes on, no such list
    drafts = split(
        "Home\nMore news\n"
        "Congress passes budget hours before shutdown deadline\nThe Hill\n2 hours ago\n"
        "Lawmakers approved the stopgap measure late on Friday night\n"
        "Boeing names new chief executive amid safety crisis\nThe Wall Street Journal\n"
        "3 hours ago\nThe planemaker turned to an outsider to lead its turnaround\n"
        "Measles cases climb to highest level in five years\nNBC News\n5 hours ago\n"
        "Health officials urged parents to check vaccinations\n"
        "The city council voted on Monday night to add protected bike lanes along a "
        "two-mile stretch of Main Street, officials said.\n"
    )
    assert any("The city council voted on Monday night" in d.body for d in drafts)
    assert len(drafts) == 4


def test_german_list_without_heading() -> None:
    # audit C's C27
    got = cards(
        "Nachrichten\n"
        "Regierung einigt sich auf Haushalt 2027\nSpiegel\nvor 1 Std.\n"
        "Die Koalition verständigt sich auf Kürzungen beim Bürgergeld\n"
        "Sturm legt Bahnverkehr in Norddeutschland lahm\nNDR\nvor 2 Std.\n"
        "Zahlreiche Verbindungen fallen bis zum Abend aus\n"
        "Dortmund trennt sich von Trainer\nSport1\nvor 4 Std.\n"
        "Der Verein reagiert auf die Niederlagenserie\n"
    )
    assert [(title, source) for title, source, *_ in got] == [
        ("Regierung einigt sich auf Haushalt 2027", "Spiegel"),
        ("Sturm legt Bahnverkehr in Norddeutschland lahm", "NDR"),
        ("Dortmund trennt sich von Trainer", "Sport1"),
    ]


def test_must_stay_decks_over_sources_with_a_line_under_the_list() -> None:
    # audit C's C34: title / deck / source / stamp, a trailing line under the last stamp;
    # read one line down, the decks would title the cards (headlines shorter than "summaries")
    titles = [
        title
        for title, *_ in cards(
            "World\nCeasefire talks resume in Cairo\nNegotiators return after a week of strikes\n"
            "Reuters\n1h ago\nFloods displace thousands in Brazil\n"
            "Heavy rain hit the state of Minas Gerais for a third day\nAP\n2h ago\n"
            "Japan and Korea agree missile data deal\n"
            "Defense ministers met in Tokyo on Tuesday\nNikkei Asia\n3h ago\n"
            "Editors' note on our coverage of the conflict\n"
        )
    ]
    assert "Negotiators return after a week of strikes" not in titles
    assert "Defense ministers met in Tokyo on Tuesday" not in titles
