"""split_body: the text resuming under a stamped two-card box joins the lead when its
paragraphs are long in letters though short in words (German compounds: audit A's B-5,
A60-A63); a card's own short lines under its stamp stay the card's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

HEAD = (
    "Startseite\nPanorama\n"
    "Korallenlaich am Riff eine Woche früher als erwartet\n"
    "Von Sam Nguyen\n"
    "Am Dienstagabend haben die Korallen am äußeren Great Barrier Reef vor Cairns mit ihrem "
    "jährlichen Massenlaichen begonnen, rund eine Woche früher als von Forschern erwartet.\n"
    "„Es ist ein spektakuläres Ereignis und ein gutes Zeichen, dass diese Korallen gesund "
    "genug sind“, sagte die Meeresbiologin Kate Hollis.\n"
    "Mehr zum Thema\n"
    "Hitzewarnung für Queensland: Bis zu 45 Grad erwartet\n"
    "Im Westen des Bundesstaats sollen die Temperaturen am Wochenende auf über 40 Grad "
    "steigen.\n"
    "vor 2 Stunden\n"
    "Riff-Tourismus erholt sich deutlich\n"
    "Die Zahl internationaler Besucher in Cairns erreicht Vorkrisenniveau.\n"
    "25.11.2026\n"
)
RESUMED = (
    "Nachwuchs für das Riff\n"
    "Teams sammeln in dieser Woche Laich von der Wasseroberfläche und ziehen die Larven in "
    "schwimmenden Becken auf, bevor sie auf geschädigte Riffabschnitte gesetzt werden.\n"
    "Das Projekt läuft seit sechs Jahren und hat seit 2020 mehrere Millionen Larven auf "
    "gebleichten Riffen angesiedelt.\n"
    "Hollis sagte, das frühe Laichen gefährde die Wiederherstellung nicht, die Forscher "
    "würden im Sommer aber genau auf Hitzestress achten.\n"
)
FOOT = "dpa\nVeröffentlicht: 26.11.2026, 07:05 Uhr\nTeilen\nImpressum\n"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_german_text_resuming_under_a_stamped_two_card_box_joins_the_lead() -> None:
    drafts = split(HEAD + RESUMED + FOOT)
    assert drafts[0].role == "lead"
    for line in ("Nachwuchs für das Riff", "Das Projekt läuft", "Hollis sagte"):
        assert line in drafts[0].body
    assert drafts[2].title == "Riff-Tourismus erholt sich deutlich"
    assert "Hollis sagte" not in drafts[2].body


def test_short_lines_under_the_last_cards_stamp_are_not_the_text() -> None:
    # must-stay: two short sentences (under 20 words and 120 letters) under the box's last
    # stamp are not read as the lead's text going on
    short = "Mehr dazu am Wochenende.\nDie Stadt informiert online.\n"
    drafts = split(HEAD + short + FOOT)
    assert "Mehr dazu am Wochenende." not in drafts[0].body


def test_a_german_author_box_with_long_bio_sentences_still_ends_the_text() -> None:
    # must-stay (audit E's E-4, E27): the letters count only for the text under a card box
    text = (
        HEAD.partition("Mehr zum Thema")[0]
        + "Von Katrin Weber\n"
        + "Seit 2015 schreibt sie im Lokalressort über Verkehrspolitik, Stadtentwicklung, "
        + "Denkmalschutz und Bauvorhaben in der Innenstadt.\n"
        + "Zuvor volontierte sie bei der Hessisch-Niedersächsischen Allgemeinen in Kassel und "
        + "studierte Politikwissenschaft in Marburg.\n"
        + "Teilen\nImpressum\n"
    )
    body = split(text)[0].body
    assert "Seit 2015 schreibt sie" not in body
