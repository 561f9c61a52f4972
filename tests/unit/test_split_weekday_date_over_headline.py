"""split: a weekday-first date under the menu stays a date when a headline with its text
stands right under it: the article's only date ("Samedi 28 novembre 2026" / headline /
lede), or the first card's of a list dated so ("Samstag, 28.11.2026" / title / summary),
not the masthead's day."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_weekday_date_over_an_articles_headline_is_its_date() -> None:
    drafts = split(
        "Accueil\nActualité\nSports\nCulture\n"
        "Samedi 28 novembre 2026\n"
        "Lorient : le marché couvert rouvre après deux ans de travaux\n"
        "Les commerçants ont retrouvé leurs étals ce samedi matin dans une halle "
        "entièrement rénovée.\n"
        "La mairie a investi 4,2 millions d'euros dans le chantier.\n"
    )
    assert drafts[0].title == "Lorient : le marché couvert rouvre après deux ans de travaux"
    assert drafts[0].time_text == "Samedi 28 novembre 2026"


def test_each_card_keeps_its_own_weekday_date() -> None:
    drafts = split(
        "Startseite\nLokales\nSport\nKultur\n"
        "Samstag, 28.11.2026\n"
        "Neue Buslinie verbindet das Gewerbegebiet mit dem Bahnhof\n"
        "Die Busse fahren ab Montag im Halbstundentakt.\n"
        "Freitag, 27.11.2026\n"
        "Feuerwehr weiht neues Gerätehaus in Oberdorf ein\n"
        "Der Bau hat zwei Jahre gedauert und 1,8 Millionen Euro gekostet.\n"
        "Donnerstag, 26.11.2026\n"
        "Stadtbibliothek verlängert ihre Öffnungszeiten\n"
        "Samstags bleibt die Bibliothek künftig bis 16 Uhr geöffnet.\n"
    )
    assert [(draft.title[:20], draft.time_text) for draft in drafts] == [
        ("Neue Buslinie verbin", "Samstag, 28.11.2026"),
        ("Feuerwehr weiht neue", "Freitag, 27.11.2026"),
        ("Stadtbibliothek verl", "Donnerstag, 26.11.2026"),
    ]


def test_the_mastheads_day_over_a_headline_with_its_own_stamp_is_no_date() -> None:
    drafts = split(
        "Startseite\nRegion\nSport\n"
        "Samstag, 28. November 2026\n"
        "Oldenburg: Neues Hallenbad nach drei Jahren Bauzeit eröffnet\n"
        "Das Bad hat ein Sportbecken mit acht Bahnen und einen Kinderbereich.\n"
        "Von Tim Berger\n"
        "26.11.2026, 17:15 Uhr\n"
        "Der Oberbürgermeister hat das Bad am Donnerstagnachmittag eröffnet.\n"
        "Schulen und Vereine können die Bahnen ab Dezember buchen.\n"
    )
    assert drafts[0].time_text == "26.11.2026, 17:15 Uhr"
