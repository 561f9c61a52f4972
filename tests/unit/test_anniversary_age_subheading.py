"""A history piece heads a section with an age in decades ("Vor 35 Jahren", "Il y a 82 ans"):
no page prints its stories' stamps that old, so the line is a subheading of the text, not a
stamp, and the paragraph over it stays in the lead."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Das Stadtarchiv zeigt die Gründung der Partnerschaft mit Lyon
30.11.2026, 09:15 Uhr
Die Ausstellung im Rathaus zeigt Briefe, Fotos und Verträge aus den ersten Jahren der Partnerschaft.
Viele Leihgaben stammen aus Privatbesitz.
Vor 35 Jahren
Im Herbst 1991 reiste eine Delegation aus dem Rathaus nach Lyon, um den Vertrag zu schließen.
"""


def test_an_age_of_many_years_is_no_stamp() -> None:
    assert find_time("Vor 35 Jahren") is None
    assert find_time("Il y a 82 ans") is None
    assert find_time("Hace 50 años") is None


def test_an_age_of_a_few_years_is_still_a_stamp() -> None:
    assert find_time("1 year ago") is not None
    assert find_time("vor 3 Jahren") is not None


def test_the_anniversary_subheading_and_the_paragraph_over_it_stay_in_the_text() -> None:
    events = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert len(events) == 1
    assert "Viele Leihgaben stammen aus Privatbesitz.\n\nVor 35 Jahren\n" in events[0].body
