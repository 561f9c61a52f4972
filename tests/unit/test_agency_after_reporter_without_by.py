"""A byline without "By" that names a news agency after its reporter ("Name, Agency")
over the stamp gives the agency as the story's source, on an article and in a live
blog's header; a staff line that opens with the site's own name, also a hyphenated
host's ("Von ab-blatt, dpa, lw" on ab-blatt.example), is a staff line: no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

AGENCY_AFTER_REPORTER = """\
De Kustkoerier
Binnenland
Buitenland
Sport
Nieuwe sluis in Terneuzen later klaar dan gepland
De bouw van de sluis loopt een jaar vertraging op door problemen met de bodem.
Els Janssens, Belga
28 november 2026 om 9.10 uur
De nieuwe zeesluis in Terneuzen gaat pas in 2028 open, een jaar later dan gepland. Bij de bouw bleek de bodem op meerdere plaatsen zwakker dan uit de eerste metingen naar voren kwam.
Volgens de havenbeheerder lopen de kosten daardoor met ongeveer veertig miljoen euro op. De scheepvaart merkt voorlopig niets van de vertraging, omdat de oude sluis in gebruik blijft.
"""  # noqa: E501

LIVE_BLOG = """\
Alpenblatt
Startseite
Inland
Liveticker
Sturm über dem Alpenvorland: Bahnstrecken gesperrt, Tausende ohne Strom
Orkanböen haben in der Nacht Bäume entwurzelt und Leitungen beschädigt.
Lena Hofer, APA
29. November 2026, 06:40
Jetzt live
11:20
Westbahn wieder frei
Die Westbahn zwischen Salzburg und Linz ist seit dem späten Vormittag wieder befahrbar, teilten die ÖBB mit. Züge verkehren aber noch mit Verspätung.
09:45
Stromausfälle im Innviertel
Rund 12.000 Haushalte im Innviertel sind weiterhin ohne Strom. Die Netzbetreiber haben alle verfügbaren Trupps im Einsatz, die Reparaturen dauern wohl bis zum Abend.
06:41
Guten Morgen
Willkommen zu unserem Liveticker zum Sturm. Wir halten Sie hier den ganzen Tag auf dem Laufenden.
"""  # noqa: E501

SITE_STAFF_LINE = """\
ab-blatt - Nachrichten
Politik
Panorama
Unglücke
Lastwagen verliert Ladung auf der A8 – stundenlanger Stau
Von ab-blatt, dpa, lw
Aktualisiert am 28.11.2026 - 15:48 Uhr
Auf der A8 zwischen Augsburg und Dasing hat ein Lastwagen am Freitagmittag mehrere Tonnen Kies verloren. Die Autobahn war in Richtung München für drei Stunden gesperrt.
Nach Angaben der Polizei hatte sich die Plane des Anhängers gelöst. Verletzt wurde niemand, der Stau reichte zeitweise bis zur Anschlussstelle Adelsried zurück.
"""  # noqa: E501


def _split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def test_agency_after_reporter_over_stamp_is_the_source() -> None:
    [lead] = _split(AGENCY_AFTER_REPORTER, "https://www.kustkoerier.example/binnenland/sluis")
    assert lead.source == "Belga"
    assert "Els Janssens" not in lead.body


def test_live_blog_byline_agency_is_the_source() -> None:
    [lead] = _split(LIVE_BLOG, "https://www.alpenblatt.example/liveticker/sturm")
    assert lead.title.startswith("Sturm über dem Alpenvorland")
    assert lead.source == "APA"


def test_staff_line_opened_by_hyphenated_site_name_gives_no_source() -> None:
    [lead] = _split(SITE_STAFF_LINE, "https://www.ab-blatt.example/panorama/a8-stau")
    assert lead.title.startswith("Lastwagen verliert Ladung")
    assert lead.source is None
