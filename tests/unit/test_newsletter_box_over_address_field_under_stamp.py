"""A newsletter box right under the story's closing stamp: its description ("Jeden Abend
die wichtigsten Nachrichten …") stands over a field asking for an address, so it is the box's,
not a live entry's sentence under its clock; the box stays out of the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

PAGE = """\
Stadtbote
Nachrichten
Neue Fahrradgarage unter dem Bahnhofsplatz eröffnet
Die Stadt hat am Montag eine überdachte Fahrradgarage mit 3.000 Stellplätzen unter dem Bahnhofsplatz eröffnet.
Die ersten 24 Stunden sind kostenlos, danach kostet ein Stellplatz 1,50 Euro am Tag.
Die alte Abstellanlage neben dem Busbahnhof wird im Frühjahr geschlossen und abgerissen.
Stand: 01.12.2026, 10:15 Uhr
Jeden Abend die wichtigsten Nachrichten aus der Stadt.
Ihre E-Mail-Adresse
Anmelden
"""  # noqa: E501


def test_the_box_under_the_closing_stamp_goes() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert not any("Jeden Abend" in line for line in lines)
    assert any("abgerissen." in line for line in lines)
