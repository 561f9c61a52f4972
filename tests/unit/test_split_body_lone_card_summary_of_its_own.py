"""split_body: the one sentence under a lone card in a "Lesen Sie auch" box that uses no word
of the card's headline nor of the text above the box tells the card's own story ("Der
bisherige Co-Trainer aus Bielefeld …" under "Hertha holt neuen Sportdirektor"): it stays
the card's summary, not the lead's closing paragraph."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
SUMMARY = "Der bisherige Kaderplaner aus Bielefeld unterschreibt einen Vertrag bis 2029."


def test_sentence_unrelated_to_the_text_above_stays_the_cards_summary() -> None:
    text = (
        "Sport\n"
        "Neues Trainingszentrum in Dahlem wird gebaut\n"
        "Von Jan Lorenz\n"
        "29.11.2026, 17:30 Uhr\n"
        "Der Bezirk hat den Bau eines Trainingszentrums mit vier Rasenplätzen in Dahlem "
        "genehmigt.\n"
        "Die Arbeiten sollen im Sommer 2027 beginnen und rund 30 Millionen Euro kosten.\n"
        "Lesen Sie auch\n"
        "Hertha holt neuen Sportdirektor\n"
        "28.11.2026\n"
        f"{SUMMARY}\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert SUMMARY not in drafts[0].body
    assert any(SUMMARY in draft.body for draft in drafts[1:])
