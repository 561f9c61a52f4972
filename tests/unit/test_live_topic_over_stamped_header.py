"""split: a live blog's topic line over a longer headline, its standfirst and the blog's
stamp is no title: the headline is, and the stamp under the standfirst is the blog's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 15, 0, tzinfo=UTC)

PAGE = (
    "Inland\n"
    "Alles zum Sturm über Norddeutschland\n"
    "Bahn stellt Fernverkehr ein – Feuerwehr meldet Hunderte Einsätze an der Küste\n"
    "Orkanböen legen den Verkehr lahm. Alle Entwicklungen im Überblick.\n"
    "Aktualisiert am 02.04.2026, 14.20 Uhr\n"
    "14.05 Uhr\n"
    "Hamburger Hafen gesperrt\n"
    "Wegen der Sturmflut ist der Hafen bis zum Abend geschlossen. Das teilte die Behörde mit.\n"
    "13.30 Uhr\n"
    "Bäume auf Gleisen\n"
    "Zwischen Bremen und Hamburg liegen mehrere Bäume auf der Strecke. Reparaturen dauern an.\n"
    "12.50 Uhr\n"
    "Schulen schließen früher\n"
    "In Schleswig-Holstein endet der Unterricht an vielen Schulen schon am Mittag.\n"
)


def test_topic_over_headline_standfirst_and_stamp_is_no_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].title.startswith("Bahn stellt Fernverkehr ein")
    assert "Aktualisiert am" not in drafts[0].body
