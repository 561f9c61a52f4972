"""Under the story's text, a teaser prints its stamp, its title and its picture's agency
copyright ("© dpa"), then its summary sentence: the stamp is the teaser's, not the header's,
so the copyright ends the story; the teaser's title is no caption of the lead."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

PAGE = """\
Stadtanzeiger
Region
Stadtbibliothek verlängert ihre Öffnungszeiten an den Wochenenden
Von Lena Brandt
01.12.2026, 08:15 Uhr
Die Stadtbibliothek öffnet ab Januar auch sonntags von zehn bis sechzehn Uhr, teilte die Stadtverwaltung mit.
Für die längeren Öffnungszeiten stellt die Stadt drei zusätzliche Stellen bereit, die ab sofort ausgeschrieben sind.
Der Stadtrat hatte den Antrag der Fraktionen im Oktober mit großer Mehrheit angenommen.
Mehr aus der Region
30.11.2026, 17:40 Uhr
Neues Hallenbad öffnet im Frühjahr
© dpa
Die Bauarbeiten liegen nach Angaben der Stadtwerke im Zeitplan.
"""  # noqa: E501


def test_a_teaser_under_the_text_keeps_its_title() -> None:
    articles = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert [article.title for article in articles] == [
        "Stadtbibliothek verlängert ihre Öffnungszeiten an den Wochenenden",
        "Neues Hallenbad öffnet im Frühjahr",
    ]
    assert articles[0].captions == []
    assert "Bauarbeiten" not in articles[0].body
