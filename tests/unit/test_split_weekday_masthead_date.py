"""split: a portal's date printed with its weekday under the menu ("Sonntag, 29.11.2026"),
only short menu lines over it, is the masthead's day, no card: the menu item over it is no
headline and the cards under it keep their own titles and stamps."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import opens_with_weekday

FETCHED = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_weekday_dates_are_recognised_in_several_languages() -> None:
    assert opens_with_weekday("Sonntag, 29.11.2026")
    assert opens_with_weekday("Domingo 29 de noviembre de 2026")
    assert opens_with_weekday("segunda-feira, 30 de novembro de 2026")
    assert not opens_with_weekday("29. November 2026")
    assert not opens_with_weekday("Sonntagsfrage: Union legt zu")


def test_masthead_date_under_the_menu_heads_no_card() -> None:
    drafts = split(
        "Nachrichtenportal\nPolitik\nSport\nWirtschaft\nReise & Freizeit\n"
        "Sonntag, 29.11.2026\n"
        "Schlagzeilen\n"
        "Nach Sturmnacht\n"
        "Bahn stellt Fernverkehr in Norddeutschland vorübergehend ein\n"
        "Umgestürzte Bäume blockieren mehrere Strecken zwischen Hamburg und Bremen.\n"
        "vor 25 Min.\n"
        "Haushalt\n"
        "Länder fordern mehr Geld für den Nahverkehr\n"
        "Die Verkehrsminister wollen das Deutschlandticket langfristig absichern.\n"
        "vor 3 Std.\n"
    )
    titles = [draft.title for draft in drafts]
    assert "Reise & Freizeit" not in titles
    assert titles[:2] == [
        "Bahn stellt Fernverkehr in Norddeutschland vorübergehend ein",
        "Länder fordern mehr Geld für den Nahverkehr",
    ]


def test_a_date_under_a_headline_stays_the_articles() -> None:
    drafts = split(
        "Nachrichtenportal\nPolitik\nSport\n"
        "Bahn stellt nach der Sturmnacht den Fernverkehr in Norddeutschland ein\n"
        "Sonntag, 29.11.2026\n"
        "Umgestürzte Bäume blockieren seit dem frühen Morgen mehrere Strecken zwischen "
        "Hamburg und Bremen, teilte die Bahn mit. Reisende sollen ihre Fahrt verschieben.\n"
    )
    assert drafts[0].title == (
        "Bahn stellt nach der Sturmnacht den Fernverkehr in Norddeutschland ein"
    )
    assert drafts[0].time_text == "Sonntag, 29.11.2026"
