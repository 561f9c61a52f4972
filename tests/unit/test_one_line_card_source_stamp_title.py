"""A one-line card printed "Source — age — Title" whose headline is a few words after a
colon reads as a card, as the same line with a longer headline does: what follows a meta
line's stamp is a note only when it is no headline ("• aus DER BLICK 3/2026")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _one_line_card

FETCHED = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)

PAGE = """\
Nachrichten
Politik
Regionalzeitung
Neue Brücke über die Saale soll 2029 fertig sein
Sa., 28. November 2026 um 10:15 MEZ
Die Stadt hat den Auftrag für den Neubau der Saalebrücke vergeben, teilte das Bauamt mit.
Die alte Brücke war im Frühjahr wegen Rissen im Beton für Lastwagen gesperrt worden.
Der Neubau soll rund 40 Millionen Euro kosten und zu zwei Dritteln vom Land bezahlt werden.

Stadtanzeiger — vor 4 Std. — Brückenbau: Die Pläne im Überblick
Landesfunk — vor 7 Std. — Warum die Saalebrücke so lange gesperrt bleibt
Tagesblatt — gestern — Pendler müssen weiter mit Umwegen rechnen
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_short_headline_after_the_stamp_makes_a_card() -> None:
    titles = [draft.title for draft in split(PAGE)]
    assert titles[1:] == [
        "Brückenbau: Die Pläne im Überblick",
        "Warum die Saalebrücke so lange gesperrt bleibt",
        "Pendler müssen weiter mit Umwegen rechnen",
    ]


def test_a_note_after_the_stamp_stays_a_meta_line() -> None:
    line = "Wochenblatt • vor 2 Std. • aus DER BLICK 3/2026"
    assert _one_line_card(line, ("Wochenblatt", "vor 2 Std.")) is None
