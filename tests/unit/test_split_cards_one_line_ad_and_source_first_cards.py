"""One-line cards printed source first ("MDR — vor 5 Std. — Title"), with an ad's line
among them ("Anzeige — pitch — Advertiser"): a short headline after the stamp makes the
line a card (``split_page._one_line_card``), so the first card is not lost; and a slot's
label ("Anzeige", "Publicité", "Advertisement") opening a line of separated parts is an
ad's label, so the pitch is in no card's body. Must stay: a note after the stamp of a
meta line ("• aus DER BLICK 3/2026") is no headline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _meta

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Tagesblatt
Stadtrat beschließt neues Radwegenetz für die Innenstadt
Sa., 28. November 2026 um 16:30 MEZ
Der Stadtrat hat am Freitag mit großer Mehrheit ein neues Radwegenetz beschlossen.
Bis 2030 sollen vierzig Kilometer neue Wege entstehen, vor allem entlang der Ringstraße.
Die Opposition kritisierte die Kosten von rund zwölf Millionen Euro als zu hoch.
Mehr zum Thema
Radio Nord — vor 5 Std. — Radwege: Die Pläne im Überblick
Stadtanzeiger — vor 9 Std. — Wie die Händler auf die neuen Radwege reagieren
{label} — Jetzt Konto eröffnen und 50 € Bonus sichern — Beispielbank
Abendpost — gestern — Fahrradklima-Test: Stadt verbessert sich deutlich
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_source_first_one_line_cards_and_their_ad() -> None:
    for label in ("Anzeige", "Werbung"):
        drafts = split(PAGE.format(label=label))
        assert [(d.title, d.source) for d in drafts[1:]] == [
            ("Radwege: Die Pläne im Überblick", "Radio Nord"),
            ("Wie die Händler auf die neuen Radwege reagieren", "Stadtanzeiger"),
            ("Fahrradklima-Test: Stadt verbessert sich deutlich", "Abendpost"),
        ], label
        assert not any("Bonus" in d.body for d in drafts), label


def test_must_stay_a_note_after_the_stamp_is_no_headline() -> None:
    assert _meta("Neue Zürcher Zeitung • 2 Std. • aus DER BLICK 3/2026") is not None
