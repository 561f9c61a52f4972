"""A story read as a card whose byline names a news agency after its reporter ("Von Anna
Beispiel, dpa") takes that agency as its source, as "By Jane Doe, Associated Press" does in
a lead's header (README, Source)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://wochenblick.example/wirtschaft/tarifstreit-haefen"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


PAGE = (
    "Wochenblick\nPolitik\nWirtschaft\nKultur\nSport\n"
    "Wirtschaft\n›\nHäfen\n"
    "Tarifstreit in den Seehäfen\n"
    "Verdi ruft zu Warnstreiks in Hamburg und Bremerhaven auf\n"
    "Die Gewerkschaft will den Umschlag an den großen Terminals für zwei Tage stoppen. "
    "Die Arbeitgeber sprechen von einer überzogenen Forderung.\n"
    "30.11.2026, 07.42 Uhr\n"
    "Von Anna Beispiel, dpa\n"
    "Artikel hören\n0:00 / 3:05\nMerkliste\nTeilen\n"
    "Containerbrücken am Burchardkai: Der Umschlag soll zwei Tage ruhen\n"
    "Foto: Max Muster / dpa\n"
    "Die Gewerkschaft Verdi hat die Beschäftigten der großen Containerterminals in Hamburg "
    "und Bremerhaven für Mittwoch und Donnerstag zu Warnstreiks aufgerufen. Betroffen seien "
    "alle Schichten, teilte die Gewerkschaft am Montag mit.\n"
    "Verdi fordert für die rund 12.000 Beschäftigten ein Plus von 9 Prozent bei einer "
    "Laufzeit von zwölf Monaten. Die Arbeitgeber hatten zuletzt 4 Prozent in zwei Stufen "
    "angeboten.\n"
    "Mehr zum Thema\n"
    "Was Reedereien jetzt wissen müssen\n"
    "Warum Verdi härter auftritt\n"
    "Die Hafenbetreiber kündigten an, Schiffe nach Möglichkeit nach Rotterdam und Antwerpen "
    "umzuleiten. Man werde versuchen, verderbliche Ware bevorzugt abzufertigen.\n"
    "Diskutieren Sie mit\n12 Kommentare\n"
    "Mehr aus Wirtschaft\n"
    "Schifffahrt\n"
    "Containerschiffe stauen sich vor der Elbmündung\n"
    "Reedereien warnen vor längeren Wartezeiten im Winter.\n"
    "vor 3 Std.\n"
    "Logistik\n"
    "Hafenlogistiker kündigt Stellenabbau an\n"
    "Betroffen sind vor allem Verwaltungsstellen in Hamburg.\n"
    "gestern, 18:30 Uhr\n"
)


def test_agency_after_reporter_in_byline_is_the_source() -> None:
    lead = split(PAGE)[0]
    assert lead.title == "Verdi ruft zu Warnstreiks in Hamburg und Bremerhaven auf"
    assert lead.source == "dpa"


def test_reporter_alone_in_byline_gives_no_source() -> None:
    """Must stay: a byline naming only its reporter names no publisher."""
    lead = split(PAGE.replace("Von Anna Beispiel, dpa", "Von Anna Beispiel"))[0]
    assert lead.source is None
