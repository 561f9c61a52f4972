"""split_body: a standfirst printed under the header's byline and stamp (and a reading time),
short and without a full stop, is the start of the body, also in a live blog over its first
entry (auditor C's P-1); the header's other short lines under the stamp stay out."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)

HEADER = (
    "Zum Inhalt springen\nNachrichten\nPolitik\nLandtag\n"
    "Haushalt 2027: Landesregierung plant Milliardenkredit für Schulen\n"
    "Von Anna Wolf\n12.03.2026, 09:40 Uhr\n"
)
DECK = "Kultusministerin will marode Gebäude schneller sanieren"
TEXT = (
    "Die Landesregierung will in den kommenden fünf Jahren rund 1,2 Milliarden Euro "
    "zusätzlich in die Sanierung von Schulgebäuden stecken.\n"
    "Finanziert werden soll das Programm über einen Sonderkredit, den die Opposition für "
    "verfassungswidrig hält.\n"
    "Der Landtag berät im April in erster Lesung über den Entwurf.\n"
    "Teilen\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("reading_time", ["", "4 Min.\n"], ids=["bare", "reading-time"])
def test_the_deck_under_the_stamp_starts_the_body(reading_time: str) -> None:
    drafts = split(HEADER + reading_time + DECK + "\n" + TEXT)
    assert drafts[0].title.startswith("Haushalt 2027")
    assert drafts[0].body.startswith(DECK)
    assert "4 Min." not in drafts[0].body
    assert "Der Landtag berät" in drafts[0].body


def test_a_live_blogs_deck_over_its_first_entry_starts_the_body() -> None:
    text = (
        "Liveblog\nOrkan über Norddeutschland: Schulen bleiben geschlossen\n"
        "Stand: 12.03.2026, 15:55 Uhr\n3 Min\nSturmflut an der Ostsee erwartet\n"
        "15:52 Uhr\nSchulen bleiben zu\n"
        "Das Bildungsministerium hat den Unterricht an allen Schulen im Land für Freitag "
        "abgesagt. Eine Notbetreuung soll es geben.\n"
        "15:40 Uhr\nBahn: Keine Fernzüge mehr nördlich von Hannover\n"
        "Die Deutsche Bahn hat den Fernverkehr im Norden eingestellt, wie ein Sprecher am "
        "Nachmittag mitteilte.\n"
        "15:31 Uhr\nFeuerwehr im Dauereinsatz\n"
        "In Kiel rückte die Feuerwehr seit dem Mittag mehr als 80 Mal aus, meist wegen "
        "umgestürzter Bäume.\nTeilen\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    body = drafts[0].body
    assert body.startswith("Sturmflut an der Ostsee erwartet")
    assert "15:52 Uhr" in body and "Schulen bleiben zu" in body
    assert "3 Min" not in body.split("\n")


@pytest.mark.parametrize(
    "header_line",
    [
        "Korrespondentin für Landespolitik in Stuttgart",  # (the author's role)
        "Artikel vorlesen lassen 4 Min.",  # (a reading time)
        "Dieser Artikel ist für Sie kostenlos",  # (a notice to the reader)
        "Aktualisiert am Donnerstag um 12h05",  # (an update line)
        "Getty Images\nDie Kultusministerin im Landtag",  # (a photo's credit and caption)
    ],
    ids=["role", "reading-time", "notice", "update", "credit-caption"],
)
def test_the_headers_other_lines_under_the_stamp_stay_out(header_line: str) -> None:
    """Must stay: lines of a deck's length under the stamp that say who wrote it, how long it
    reads, what the reader gets or what the photo shows are no text."""
    drafts = split(HEADER + header_line + "\n" + TEXT)
    assert drafts[0].body.startswith("Die Landesregierung will")
    assert header_line.rsplit("\n", maxsplit=1)[-1] not in drafts[0].body
