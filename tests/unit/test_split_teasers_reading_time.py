"""split: a teaser card printing its reading time between title and summary ("Mehr zum
Thema" / title / "3 Min." / summary) is still a card, the reading time no part of it
(audit C's P-2); on a page whose cards print compact stamps, "40 Min." under a card's
source stays that card's stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
ARTICLE = (
    "Stadtwerke senken Strompreis zum 1. April\n"
    "12.03.2026, 09:40 Uhr\n"
    "Die Stadtwerke senken zum 1. April den Strompreis in der Grundversorgung um knapp drei "
    "Cent pro Kilowattstunde. Ein Haushalt spart damit rund 75 Euro im Jahr.\n"
    "Grund seien gesunkene Einkaufspreise an der Strombörse, teilte das Unternehmen mit.\n"
    "Mehr zum Thema\n"
)


def _drafts(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_teaser_with_a_reading_time_keeps_title_and_summary() -> None:
    drafts = _drafts(
        ARTICLE + "Gaspreis: Was Kunden jetzt wissen müssen\n"
        "3 Min.\n"
        "Die Preise an der Börse sinken, doch bei den Kunden kommt davon wenig an.\n"
        "Heizkosten: So viel zahlen Mieter im Schnitt\n"
        "5 Min.\n"
        "Eine Auswertung zeigt große Unterschiede zwischen den Städten.\n"
    )
    cards = {draft.title: draft.body for draft in drafts[1:]}
    assert cards == {
        "Gaspreis: Was Kunden jetzt wissen müssen": (
            "Die Preise an der Börse sinken, doch bei den Kunden kommt davon wenig an."
        ),
        "Heizkosten: So viel zahlen Mieter im Schnitt": (
            "Eine Auswertung zeigt große Unterschiede zwischen den Städten."
        ),
    }
    assert drafts[0].title == "Stadtwerke senken Strompreis zum 1. April"


def test_minutes_under_a_source_stay_a_compact_card_stamp() -> None:
    drafts = _drafts(
        ARTICLE + "Gaspreis: Was Kunden jetzt wissen müssen\n"
        "Tagesschau\n"
        "40 Min.\n"
        "Heizkosten: So viel zahlen Mieter im Schnitt\n"
        "Der Spiegel\n"
        "2 Std.\n"
        "Mieten steigen in allen Großstädten weiter\n"
        "Die Zeit\n"
        "1 T.\n"
    )
    stamps = {draft.title: draft.time_text for draft in drafts[1:]}
    assert stamps["Gaspreis: Was Kunden jetzt wissen müssen"] == "40 Min."
    assert stamps["Heizkosten: So viel zahlen Mieter im Schnitt"] == "2 Std."
