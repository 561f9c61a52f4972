"""An interview whose header prints the author's bare name and the date under the headline
and standfirst, then a short first question: the name and date are the lead's byline and
stamp, the question opens its text (no card's title), and one-word answers between
questions stay in the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Tagesblatt
Wirtschaft
„Die Werft hat noch eine Zukunft“
Der Betriebsratschef der Nordwerft über Aufträge und die Sorgen der Belegschaft.
Jonas Petersen
30. November 2026, 7:15 Uhr
Wie ist die Stimmung?
Angespannt. Viele Kollegen wissen nicht, ob sie im Frühjahr noch Arbeit haben werden.
Kommt die Kurzarbeit noch vor Weihnachten?
Ja.
Wann?
Ab Januar für etwa die Hälfte der Belegschaft, zunächst für drei Monate befristet.
Zur Startseite
"""

FAQ_CARD = """\
Topic page
Storm Elin hits the coast
Harbour Times
Ferries cancelled as Storm Elin brings gales to the coast
2 hours ago
By Maren Holt
Frequently asked questions
What is Storm Elin?
When will Storm Elin reach the capital?
Opinion
"""


def test_the_bare_name_and_date_are_the_leads_header() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    lead = drafts[0]
    assert lead.title == "„Die Werft hat noch eine Zukunft“"
    assert lead.source is None
    assert lead.time_text is not None
    assert lead.body.split("\n\n")[1] == "Wie ist die Stimmung?"


def test_a_one_word_answer_between_questions_stays() -> None:
    lead = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))[0]
    assert "Kommt die Kurzarbeit noch vor Weihnachten?\n\nJa.\n\nWann?\n\nAb Januar" in lead.body


def test_a_list_of_questions_under_a_card_is_no_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=FAQ_CARD, fetched_at=FETCHED)))
    assert all("What is Storm Elin?" not in draft.body for draft in drafts)
