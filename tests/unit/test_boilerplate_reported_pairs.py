"""boilerplate: a [contains] pair of ui_phrases ("newsletter + subscribe", "is the author
of") in reported speech is the story's sentence, not a UI line (auditor A's A-P1 and the
"said" half of A-P2, probes A11 / A12)."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)

REPORTED = (
    "In a newsletter to subscribers, the company said the price would start at €4.99 a "
    "month and rise after a year.",
    "Professor Mark Ellis, who is the author of the report, said the gains were largest "
    "in rural schools.",
)


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_reported_sentence_with_a_pair_stays_in_the_lead(sentence: str) -> None:
    text = (
        "Streaming giant to launch podcast subscriptions in Europe\n"
        "By Marcus Webb\n"
        "10 March 2026\n"
        "The streaming company said on Tuesday it would launch paid podcast subscriptions "
        "in 12 European countries from April.\n"
        f"{sentence}\n"
        "Analysts said the move could lift revenue by 8% next year.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert sentence in drafts[0].body


@pytest.mark.parametrize(
    "line",
    [
        # the pitch and the note on the author still go
        "Sign up to our newsletter and subscribe for free.",
        "Jane Doe is the author of three books on Kenya.",
        # must-stay (auditor A's A-3, probes A31, A32): a paywall's, a consent banner's or a
        # pitch's line speaks as the site or to the reader, and "dit", "secondo", "selon",
        # "laut" are no verbs of saying
        "Je leest nu een gratis artikel. Dit artikel is alleen voor abonnees beschikbaar.",
        "Wij en onze partners gebruiken cookies en vergelijkbare technieken. Dit doen we om "
        "advertenties te personaliseren.",
        "Noi e i nostri partner utilizziamo cookie e trattiamo dati personali secondo le tue "
        "preferenze.",
        "Nosotros y nuestros socios tratamos tus datos según tus preferencias.",
        "Jetzt den Newsletter abonnieren: Was wichtig ist, sagt Ihnen unsere Redaktion jeden "
        "Morgen.",
        "Cancel anytime. $1 for 6 months, says our best offer ever.",
        "Les avis exprimés ne reflètent pas nécessairement ceux de la rédaction, selon la "
        "charte du site.",
    ],
)
def test_the_pitch_the_notices_and_the_note_still_go(line: str) -> None:
    assert classify(line) is Kind.DROP
