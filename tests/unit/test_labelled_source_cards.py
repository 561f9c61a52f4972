"""A portal's cards closed by a labelled source line ("Quelle: dpa") under the summary, or
right under a bare title: each is a teaser with that source (README: a title with a source
line is a teaser), and two such cards already make the list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _drafts(text: str) -> list[tuple[str, str, str | None]]:
    page = clean_page(RawPage(text=text, fetched_at=FETCHED))
    return [(d.title, d.body, d.source) for d in split_articles(page)]


def test_two_cards_closed_by_quelle_lines_are_sourced_teasers() -> None:
    text = (
        "PORTAL\n"
        "Nachrichten\n"
        "Nach Sturm: Fährverkehr zur Insel Rügen eingestellt\n"
        "Hohe Wellen halten die Schiffe im Hafen. Die Reederei prüft am Mittwoch neu.\n"
        "Quelle: dpa\n"
        "Handball: Kiel gewinnt das Spitzenspiel gegen Magdeburg\n"
        "Der Meister setzt sich nach spannender Schlussphase durch.\n"
        "Quelle: SID\n"
        "Weitere Themen\n"
    )
    assert _drafts(text) == [
        (
            "Nach Sturm: Fährverkehr zur Insel Rügen eingestellt",
            "Hohe Wellen halten die Schiffe im Hafen. Die Reederei prüft am Mittwoch neu.",
            "dpa",
        ),
        (
            "Handball: Kiel gewinnt das Spitzenspiel gegen Magdeburg",
            "Der Meister setzt sich nach spannender Schlussphase durch.",
            "SID",
        ),
    ]


def test_a_title_right_over_its_quelle_line_is_a_teaser_without_summary() -> None:
    text = (
        "PORTAL\n"
        "Nach Sturm: Fährverkehr zur Insel Rügen eingestellt\n"
        "Hohe Wellen halten die Schiffe im Hafen. Die Reederei prüft am Mittwoch neu.\n"
        "Quelle: dpa\n"
        "Handball: Kiel gewinnt das Spitzenspiel gegen Magdeburg\n"
        "Der Meister setzt sich nach spannender Schlussphase durch.\n"
        "Quelle: SID\n"
        "Rente 2027: Was sich zum Jahreswechsel ändert\n"
        "Quelle: spot on news\n"
        "Weitere Themen\n"
    )
    assert _drafts(text)[-1] == (
        "Rente 2027: Was sich zum Jahreswechsel ändert",
        "",
        "spot on news",
    )
