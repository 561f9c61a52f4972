"""clean: an embed's data notice ("Externer Inhalt" / "Dieser Inhalt wird von X bereitgestellt.
Wenn Sie ihn anzeigen, …" / "Inhalt anzeigen") goes with its label and button when the text
around it is written in short sentences, not only between long paragraphs."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

NOTICE = (
    "Dieser Inhalt wird von Y bereitgestellt. "
    "Wenn Sie ihn anzeigen, werden personenbezogene Daten an Y übermittelt."
)

STORY = f"""\
Nachrichten
Inland
Stadt verlängert die Öffnungszeiten der Bäder im Winter
Die städtischen Hallenbäder öffnen ab Dezember bereits um sechs Uhr früh.
30. November 2026, 10:20
Das teilte die Stadtverwaltung am Montag mit.
Die Preise für Tageskarten bleiben unverändert.
Externer Inhalt
{NOTICE}
Inhalt anzeigen
Der Schwimmverein begrüßte die längeren Zeiten ausdrücklich.
Die Regelung gilt zunächst bis Ende März.
"""


def test_notice_label_and_button_go_between_short_sentences() -> None:
    cleaned = clean_page(RawPage(text=STORY, fetched_at=FETCHED)).lines
    assert not any("personenbezogene" in line for line in cleaned)
    assert "Externer Inhalt" not in cleaned
    assert "Inhalt anzeigen" not in cleaned
    assert "Die Preise für Tageskarten bleiben unverändert." in cleaned
    assert "Der Schwimmverein begrüßte die längeren Zeiten ausdrücklich." in cleaned
