"""A Q&A interview's header: a short kicker over a headline that is a quote (it ends with
the closing quote, like a sentence), a standfirst, then "Interview: Name" (who asked the
questions, in the byline's place) over the stamp. The quote is the headline and the
interviewer's credit is the byline, not a card's title over the stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _interview_credit

FETCHED = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


INTERVIEW_PAGE = """\
Oberland-Bote
Region
Wirtschaft
Sport
Gespräch zur Wohnungsnot
«Wir bauen seit Jahren am Bedarf vorbei»
Der Stadtplaner Jonas Meier sagt, warum trotz vieler Baukräne kaum günstige Wohnungen entstehen.
Interview: Lea Brunner
Publiziert: 19.05.2026, 17:45 Uhr
Herr Meier, warum finden Familien in der Stadt keine bezahlbare Wohnung mehr?
Weil fast nur noch kleine Eigentumswohnungen gebaut werden. Die Renditen sind dort höher, und die Gemeinden haben kaum Vorgaben gemacht, obwohl sie das längst könnten.
Was müsste sich ändern?
Die Gemeinden sollten bei jeder Umzonung einen Anteil an preisgünstigen Wohnungen verlangen. Das ist rechtlich möglich und kostet die öffentliche Hand fast nichts.
Mehr zum Thema
Kanton lockert Regeln für Aufstockungen
Vor 5 Stunden
Mieten steigen im Oberland um vier Prozent
Der Referenzzins bleibt trotzdem unverändert.
17.05.2026
"""  # noqa: E501


def test_a_quote_headline_under_a_kicker_is_the_lead_title_and_the_interviewer_a_byline() -> None:
    drafts = split(INTERVIEW_PAGE)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "«Wir bauen seit Jahren am Bedarf vorbei»"),
        ("related", "Kanton lockert Regeln für Aufstockungen"),
        ("related", "Mieten steigen im Oberland um vier Prozent"),
    ]
    lead = drafts[0]
    assert lead.time_text == "Publiziert: 19.05.2026, 17:45 Uhr"
    assert "Der Stadtplaner Jonas Meier sagt" in lead.body
    assert "Herr Meier, warum finden Familien" in lead.body
    assert "kostet die öffentliche Hand fast nichts" in lead.body
    assert "Interview: Lea Brunner" not in lead.body


def test_an_interview_label_with_names_only_is_a_credit() -> None:
    assert _interview_credit("Interview: Beat Kälin")
    assert _interview_credit("Interview: Anna Roth und Beat Kälin")
    assert _interview_credit("Entrevista: Ana Ruiz Gómez")


def test_a_headline_after_an_interview_label_is_no_credit() -> None:
    """Must-stay: "Interview: …" before a headline's words, or one name alone, is no credit."""
    assert not _interview_credit("Interview: Merz will die Steuern nicht senken")
    assert not _interview_credit("Interview: Scholz")
    assert not _interview_credit("Entrevista: la alcaldesa defiende el nuevo plan de tráfico")


INTERVIEW_CARDS = """\
Sportportal
Fußball
Tennis
Neueste Artikel
Bayern verliert in Leverkusen und muss um die Tabellenspitze bangen
Die Münchner unterlagen am Samstagabend mit 1:2.
vor 2 Stunden
Interview: Thomas Müller
Der Weltmeister spricht über sein letztes Jahr beim FC Bayern und seine Pläne.
vor 4 Stunden
Entrevista: Rafa Nadal
vor 5 Stunden
Dortmund holt Verteidiger aus Salzburg
Der Transfer kostet rund 25 Millionen Euro.
vor 6 Stunden
Impressum
"""


def test_an_interview_label_with_a_name_as_a_cards_title_stays_the_title() -> None:
    """Must-stay (auditor A's F-1, probes B15/B16): in a card list "Interview: Name" over the
    card's summary, or over its stamp alone, is the card's title (the one interviewed)."""
    drafts = split(INTERVIEW_CARDS)
    assert [(d.title, d.body) for d in drafts][1:3] == [
        (
            "Interview: Thomas Müller",
            "Der Weltmeister spricht über sein letztes Jahr beim FC Bayern und seine Pläne.",
        ),
        ("Entrevista: Rafa Nadal", ""),
    ]


SHORT_HEADLINE_OVER_QUOTED_SENTENCE = """\
Oberland-Bote
Region
Wirtschaft
Flughafen steht still
«Wir hatten keine andere Wahl mehr.»
Die Gewerkschaft hat am Dienstag alle Schichten am Flughafen bestreikt, nachdem die Verhandlungen über höhere Löhne in der Nacht gescheitert waren.
Rund 200 Flüge fielen aus, Tausende Reisende strandeten in den Terminals, teilte die Betreiberin am Abend mit.
Mehr zum Thema
Kanton lockert Regeln für Aufstockungen
Vor 5 Stunden
"""  # noqa: E501


def test_a_short_headline_over_a_quoted_sentence_stays_the_title() -> None:
    """Must-stay: a quote that ends with a full stop inside the marks is a sentence (a
    quoted standfirst), not a headline: the short line over it stays the title."""
    drafts = split(SHORT_HEADLINE_OVER_QUOTED_SENTENCE)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Flughafen steht still"
    assert "«Wir hatten keine andere Wahl mehr.»" in drafts[0].body
