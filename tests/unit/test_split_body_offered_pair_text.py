"""split_body: one offered pair over a sub-heading and two paragraphs that share no word
with the text above leaves only its link out of the lead (audit A's B-3: A40), while a
second card with one summary after the first stays a card."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


MEHR = (
    "Startseite\nRegion\nPolitik\nRegion\n"
    "Stadtrat beschließt neues Radwegenetz für die Innenstadt\n"
    "Von Katrin Weber\n10.03.2026, 18:30 Uhr\n"
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz für die "
    "Innenstadt beschlossen, das bis 2030 rund 40 Kilometer geschützte Wege schaffen soll.\n"
    "Die Kosten von 28 Millionen Euro trägt zur Hälfte das Land, den Rest finanziert die "
    "Stadt aus Rücklagen.\n"
    "{label}\n"
    "Wegfall von Parkplätzen in der Altstadt\n"
    "Für das Radwegenetz fallen nach Angaben der Verwaltung mehr als 600 Parkplätze weg.\n"
    "Kritik der Opposition\n"
    "Die Opposition forderte ein Parkhaus am Stadtrand als Ausgleich für Pendler und "
    "Einzelhändler und kündigte einen Bürgerantrag an.\n"
    "Oberbürgermeisterin Claudia Brandt sprach von einem historischen Tag.\n"
    "Teilen\n© Stadtanzeiger 2026\nImpressum\n"
)


@pytest.mark.parametrize("label", ["Mehr zum Thema", "Auch interessant", "Lesen Sie auch"])
def test_one_pair_over_a_section_sharing_no_word_leaves_the_text_in_the_lead(label: str) -> None:
    drafts = split(MEHR.format(label=label))
    assert drafts[0].role == "lead"
    body = drafts[0].body
    for line in (
        "Für das Radwegenetz fallen",
        "Kritik der Opposition",
        "Die Opposition forderte",
        "Oberbürgermeisterin Claudia Brandt",
    ):
        assert line in body
    assert "Wegfall von Parkplätzen" not in body


TWO_CARDS = (
    "Startseite\nPolitik\nUnwetter\n"
    "Sturmtief „Zoe“ legt Bahnverkehr in Norddeutschland lahm\n"
    "Von dpa\n10.02.2026, 10:58 Uhr\n"
    "Orkanböen haben in der Nacht zu Dienstag den Bahnverkehr in weiten Teilen "
    "Norddeutschlands zum Erliegen gebracht. Die Deutsche Bahn stellte den Fernverkehr "
    "zwischen Hamburg, Bremen und Hannover vorübergehend ein.\n"
    "Auf der Strecke zwischen Hamburg und Berlin blockierten umgestürzte Bäume die Gleise. "
    "Reisende sollten sich vor Fahrtantritt informieren, teilte die Bahn mit.\n"
    "Auch interessant\n"
    "Glätte in Bayern: Dutzende Unfälle auf der A9\n"
    "Auf der Autobahn 9 zwischen Nürnberg und München kam es am Morgen zu zahlreichen "
    "Unfällen. Verletzt wurde niemand schwer.\n"
    "Wetter am Wochenende: Frost kehrt zurück\n"
    "Der Deutsche Wetterdienst erwartet nachts bis zu minus zehn Grad.\n"
    "Impressum\n"
)


def test_a_short_second_card_with_one_summary_stays_a_card() -> None:
    # must-stay: a line shorter than the first card's headline over ONE sentence and the
    # footer is the box's second card, not the text's sub-heading
    drafts = split(TWO_CARDS)
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    assert drafts[2].title == "Wetter am Wochenende: Frost kehrt zurück"
    assert "Frost kehrt zurück" not in drafts[0].body
