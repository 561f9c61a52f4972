"""Auditor B's B-7: a live ticker's head prints one short link with no full stop between
its stamp and byline and the first entry's clock ("Alle Ergebnisse im Überblick"): the
head's navigation, not the blog's first line. A standfirst (a sentence) stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.zeitung.example.ch/ticker/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


def blog(between: str) -> str:
    return (
        "Ticker\n"
        "Wahlsonntag: Die Stimmberechtigten sagen klar Nein zur Verkehrsvorlage\n"
        "Aktualisiert 29.11.2026, 16:30\n"
        "Redaktion Inland\n"
        f"{between}\n"
        "16:30\n"
        "Auch der Kanton Bern lehnt ab\n"
        "Mit dem Resultat aus Bern ist die Vorlage endgültig gescheitert. Die Stimmbeteiligung "
        "lag bei knapp 48 Prozent, etwas höher als bei der letzten Abstimmung im Herbst.\n"
        "15:55\n"
        "Erste Reaktionen aus dem Parlament\n"
        "Die Befürworter zeigten sich enttäuscht. Man werde die Anliegen nun über den "
        "parlamentarischen Weg weiterverfolgen, sagte die Präsidentin des Komitees.\n"
    )


def test_a_short_link_over_the_first_entry_is_no_text() -> None:
    body = split(blog("Alle Ergebnisse im Überblick"))[0].body
    assert "Alle Ergebnisse im Überblick" not in body
    assert "Mit dem Resultat aus Bern ist die Vorlage endgültig gescheitert." in body


def test_a_standfirst_over_the_first_entry_stays() -> None:
    standfirst = "Die Resultate aus allen Kantonen laufen hier laufend ein."
    assert standfirst in split(blog(standfirst))[0].body
