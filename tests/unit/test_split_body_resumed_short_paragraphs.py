"""split_body: the text resuming under an inline box of cards that print nothing under
their stamps joins the lead when its first paragraph is long and another follows, short
or long (auditor D's P-D4, audit B's P-3: "… 20 words." / "A shorter one." under "Mehr
zum Thema" / two cards); a card's one summary, or a next card's short headline under its
kicker, stays the card's."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

DE_HEAD = (
    "Tagesblick\nPolitik\nInland\n"
    "Länder einigen sich auf Reform der Grundsteuer\n"
    "Von Anna Wolf\n"
    "10.03.2026, 09:40 Uhr\n"
    "Die Länder haben sich nach monatelangem Streit auf eine gemeinsame Reform der "
    "Grundsteuer geeinigt. Die Einigung sieht vor, dass Kommunen die Hebesätze bis 2028 "
    "nicht erhöhen dürfen.\n"
    "Der Städtetag kritisierte die Einigung als Eingriff in die kommunale "
    "Selbstverwaltung.\n"
    "Mehr zum Thema\n"
)
DE_DATED_BOX = (
    "Grundsteuer: Was Eigentümer jetzt wissen müssen\n09.03.2026\n"
    "Die Reform kommt zu spät\n08.03.2026\n"
)
DE_SOURCED_BOX = (
    "Grundsteuer: Was Eigentümer jetzt wissen müssen\nHandelsblatt\nvor 2 Stunden\n"
    "Kommunen fürchten Millionenausfälle\nDer Spiegel\nvor 5 Stunden\n"
)
DE_RESUMED = (
    "Die Finanzminister wollen die Reform im Mai im Bundesrat beschließen lassen. Bis dahin "
    "sollen die Kommunen Gelegenheit zur Stellungnahme bekommen.\n"
    "Der Bund der Steuerzahler begrüßte die Einigung, forderte aber eine Obergrenze für alle "
    "Gemeinden.\n"
    "Die Eigentümerverbände kündigten an, die Reform juristisch prüfen zu lassen.\n"
)
EN_PAGE = (
    "The Harbour Times\nNews\n"
    "Ferry operator cancels winter timetable after engine failures\n"
    "Two of the three vessels on the island route are out of service until February.\n"
    "By Sam Whitfield\n"
    "March 10, 2026\n"
    "The operator said on Monday that it would run a reduced service of two sailings a day "
    "until repairs are complete.\n"
    "Related\n"
    "Islanders demand compensation for cancelled crossings\nBBC News\n2 days ago\n"
    "Government orders review of ferry contracts\nThe Guardian\n5 days ago\n"
    "The company has asked the regulator to approve the purchase of a second-hand vessel "
    "from Norway, which could enter service in the spring.\n"
    "Islanders say the cancellations have cost businesses thousands of pounds.\n"
    "Share\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("box", [DE_DATED_BOX, DE_SOURCED_BOX])
def test_german_text_resuming_under_a_box_with_one_long_paragraph_stays_the_leads(
    box: str,
) -> None:
    drafts = split(DE_HEAD + box + DE_RESUMED + "Teilen\n")
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == "Länder einigen sich auf Reform der Grundsteuer"
    for line in ("Die Länder haben", "Die Finanzminister wollen", "Der Bund der Steuerzahler"):
        assert line in lead.body
    assert [draft.body for draft in drafts[1:]] == ["", ""]


def test_english_text_resuming_under_a_title_source_stamp_box_stays_the_leads() -> None:
    drafts = split(EN_PAGE)
    assert drafts[0].title == "Ferry operator cancels winter timetable after engine failures"
    assert "Islanders say the cancellations" in drafts[0].body
    assert drafts[2].title == "Government orders review of ferry contracts"
    assert drafts[2].body == ""


def test_a_last_cards_one_summary_stays_the_cards() -> None:
    # must-stay: one long summary under the box's last stamp, then the page's footer
    summary = (
        "Die Finanzminister wollen die Reform im Mai im Bundesrat beschließen lassen. Bis "
        "dahin sollen die Kommunen Gelegenheit zur Stellungnahme bekommen.\n"
    )
    drafts = split(DE_HEAD + DE_DATED_BOX + summary + "Teilen\nImpressum\n")
    assert "Die Finanzminister wollen" not in drafts[0].body


def test_a_next_cards_short_headline_under_its_kicker_is_no_text_going_on() -> None:
    # must-stay (the shape of the corpus's es-deportes ranking page): under the box's last
    # stamp, a kicker, a short quoted headline (prose by its closing quote) and its long
    # summary: the next card, not the lead's text going on
    box = (
        "Sport\nDer Verein verlängert mit seinem Kapitän bis 2028\nvor 3 Stunden\n"
        "Video\n01:12\nDie Paraden des Torwarts im Überblick\nvor 20 Minuten\n"
    )
    card = (
        "Bundesliga\n"
        'Trainer: "Wir denken nicht an den zweiten Platz"\n'
        "Der Trainer mahnte nach dem Sieg in Köln zur Ruhe und erinnerte daran, dass noch "
        "fünf Spieltage mit direkten Konkurrenten ausstehen.\n"
        "Meinung\nDie Reform braucht mehr Mut\nVon Jan Ott\n"
        "Meistgelesen\n1\nDer Kapitän fällt zwei Wochen aus\nvor 5 Stunden\n"
        "2\nDie Tennisspielerin gewinnt ihr erstes Spiel in Madrid\nvor 7 Stunden\n"
        "Impressum\n"
    )
    head = DE_HEAD.replace("Mehr zum Thema", "Das könnte Sie interessieren")
    drafts = split(head + box + card)
    owner = next(draft for draft in drafts if "Die Länder haben" in draft.body)
    assert "Der Trainer mahnte" not in owner.body
