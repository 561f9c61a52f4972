"""split_body: the text resuming under an inline box of cards that print nothing under
their stamps joins the lead when two long paragraphs follow, or, under the site's own
story, two prose paragraphs ending in full stops, long or short (auditor D's P-D4, audit
B's P-3 and F-1: "… 19 words." / "A shorter one." under "Mehr zum Thema" / two cards).
Must stay: a card's one summary, a next card's short headline under its kicker, the next
story under its headline (audit B's F-2)."""

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


def test_french_text_of_paragraphs_under_twenty_words_resuming_under_a_box_stays_the_leads() -> (
    None
):
    # auditor D's D16: three full-stop paragraphs of 19, 19 and 11 words, none long, under a
    # box whose second card prints a chip
    page = (
        "Le Quotidien\nPolitique\nSociété\n"
        "Les régions s'accordent sur la réforme des transports scolaires\n"
        "10/03/2026 à 09h40\n"
        "Les régions ont trouvé un accord sur la réforme des transports scolaires après six "
        "mois de négociations avec l'État.\n"
        "Les départements ruraux dénoncent toutefois un financement insuffisant.\n"
        "À lire aussi\n"
        "Transports scolaires : ce qui change à la rentrée\n09/03/2026\n"
        "Éditorial\nUne réforme qui arrive trop tard\n08/03/2026\n"
        "Le texte prévoit une enveloppe de 200 millions d'euros par an, jugée trop faible par "
        "l'Association des maires ruraux.\n"
        "Le gouvernement promet une clause de revoyure en 2028, et les régions pourront "
        "demander une rallonge dès l'an prochain.\n"
        "Les syndicats de chauffeurs ont annoncé une grève le 20 mars.\n"
        "Partager\n"
    )
    drafts = split(page)
    assert drafts[0].title == "Les régions s'accordent sur la réforme des transports scolaires"
    for line in ("Le texte prévoit", "Le gouvernement promet", "Les syndicats de chauffeurs"):
        assert line in drafts[0].body
    assert [draft.body for draft in drafts[1:]] == ["", ""]


def test_the_next_story_under_its_headline_after_the_box_is_no_text_going_on() -> None:
    # must-stay (audit B's F-2, Q01c): a headline under the box's last stamp whose lede
    # restates it, then a short paragraph: the next story, not the lead's text going on
    page = (
        "News\n"
        "UK\n"
        "Ferry operator cancels all sailings to the islands for a week\n"
        "By Mark Evans\n"
        "10 March 2026\n"
        "The operator has cancelled all sailings to the Western Isles for a week after two of "
        "its ships failed safety inspections, leaving hundreds of islanders without a link to "
        "the mainland.\n"
        'Ministers said they were "deeply concerned" and would meet the company on Wednesday.\n'
        "More on this story\n"
        "Islanders demand compensation for cancelled crossings\n"
        "2 days ago\n"
        "Government orders review of ferry contracts\n"
        "5 days ago\n"
        "Teachers in Scotland vote to accept pay offer\n"
        "Teachers in Scotland have voted to accept a pay offer worth 9% over two years, ending "
        "the threat of strikes in schools before the summer exams, the EIS union said on "
        "Tuesday.\n"
        "The deal still needs the approval of councils.\n"
    )
    assert "The deal still needs" not in split(page)[0].body


def test_a_stampless_card_closing_a_box_of_summary_cards_stays_out_of_the_lead() -> None:
    # must-stay (audit E's s17E-E23): the box's cards print a summary over their stamp; a
    # short headline and two sentences under the last is one more card, no text going on
    page = (
        "Startseite\n"
        "Panorama\n"
        "Korallenlaich am Riff eine Woche früher als erwartet\n"
        "Von Sam Nguyen\n"
        "26.11.2026, 07:05 Uhr\n"
        "Am Dienstagabend haben die Korallen am äußeren Great Barrier Reef vor Cairns mit "
        "ihrem jährlichen Massenlaichen begonnen, rund eine Woche früher als von Forschern "
        "erwartet.\n"
        "„Es ist ein spektakuläres Ereignis und ein gutes Zeichen, dass diese Korallen gesund "
        "genug sind“, sagte die Meeresbiologin Kate Hollis.\n"
        "Das Projekt läuft seit sechs Jahren und hat seit 2020 mehrere Millionen Larven auf "
        "gebleichten Riffen angesiedelt.\n"
        "Mehr zum Thema\n"
        "Hitzewarnung für Queensland: Bis zu 45 Grad erwartet\n"
        "Im Westen des Bundesstaats sollen die Temperaturen am Wochenende auf über 40 Grad "
        "steigen.\n"
        "vor 2 Stunden\n"
        "Riff-Tourismus erholt sich deutlich\n"
        "Die Zahl internationaler Besucher in Cairns erreicht Vorkrisenniveau.\n"
        "25.11.2026\n"
        "Korallenbleiche\n"
        "Forscher zählen die schwerste Bleiche seit Beginn der Messungen, betroffen sind zwei "
        "Drittel des Riffs.\n"
        "Auch Seegraswiesen vor der Küste von Queensland sterben ab, warnen Umweltschützer.\n"
        "Teilen\n"
        "Impressum\n"
    )
    assert "Forscher zählen die schwerste Bleiche" not in split(page)[0].body


def test_spanish_text_of_two_short_paragraphs_under_a_related_box_stays_the_leads() -> None:
    # audit B's F-1 (P34): 17 and 12 words under "Noticias relacionadas" / two dated cards
    drafts = split(
        "La Vanguardia\n"
        "Política\n"
        "Sánchez anuncia un plan de 10.000 millones para vivienda asequible\n"
        "Ana Fernández\n"
        "Madrid\n"
        "10/03/2026 11:20\n"
        "El presidente del Gobierno ha anunciado este martes un plan de 10.000 millones de "
        "euros para construir vivienda asequible en los próximos cinco años.\n"
        "El plan se financiará con fondos europeos y con una nueva entidad pública de vivienda.\n"
        "Noticias relacionadas\n"
        "Los precios del alquiler marcan un nuevo récord en Barcelona\n"
        "09/03/2026\n"
        "El Congreso aprueba la ley de suelo con el apoyo de Junts\n"
        "06/03/2026\n"
        'La oposición ha calificado el anuncio de "propaganda electoral" y ha pedido que se '
        "detalle el calendario.\n"
        "Las comunidades autónomas tendrán que aportar el suelo para las nuevas promociones.\n"
    )
    assert drafts[0].role == "lead"
    assert "Las comunidades autónomas tendrán" in drafts[0].body
    assert drafts[2].body == ""


EN_BARE_BOX_HEAD = (
    "News\nUK\n"
    "Ferry operator cancels all sailings to the islands for a week\n"
    "By Mark Evans\n"
    "10 March 2026\n"
    "The operator has cancelled all sailings to the Western Isles for a week after two of its "
    "ships failed safety inspections, leaving hundreds of islanders without a link to the "
    "mainland.\n"
    'Ministers said they were "deeply concerned" and would meet the company on Wednesday.\n'
    "More on this story\n"
    "Islanders demand compensation for cancelled crossings\n2 days ago\n"
    "Government orders review of ferry contracts\n5 days ago\n"
)


@pytest.mark.parametrize(
    ("head", "next_story"),
    [
        (  # audit B's F-3 (Q04): a headline whose lede does not restate it
            EN_BARE_BOX_HEAD,
            "Library opening hours cut as budget pressures bite\n"
            "Three branch libraries in Edinburgh will close on Mondays from January, the city "
            "council has confirmed.\n"
            "The council said the change would save £120,000 a year.\n",
        ),
        (  # audit B's F-3 (Q07)
            "Actualités\nPolitique\n"
            "Les régions s'accordent sur la réforme des transports scolaires\n"
            "Par Julie Martin\nPublié le 10/03/2026 à 09h40\n"
            "Les régions ont trouvé un accord sur la réforme des transports scolaires après six "
            "mois de négociations avec l'État.\n"
            "Les départements ruraux dénoncent toutefois un financement insuffisant.\n"
            "À lire aussi\n"
            "Transports scolaires : ce qui change à la rentrée\n09/03/2026\n"
            "Les chauffeurs de car en grève dans l'Ouest\n07/03/2026\n",
            "Nouvelle hausse du prix des péages au 1er février\n"
            "Les tarifs des autoroutes augmenteront en moyenne de 2,1 %, a annoncé mardi le "
            "ministère des Transports.\n"
            "Les associations d'usagers dénoncent une hausse injustifiée.\n",
        ),
    ],
)
def test_the_next_story_under_a_headline_that_its_lede_does_not_restate_stays_out_of_the_lead(
    head: str, next_story: str
) -> None:
    headline, lede, second = next_story.splitlines()
    drafts = split(head + next_story)
    assert lede not in drafts[0].body
    assert second not in drafts[0].body
    story = next(draft for draft in drafts if draft.title == headline)
    assert lede in story.body


def test_text_resuming_under_a_crosshead_after_a_box_of_bare_headlines_stays_the_leads() -> None:
    # must-stay (audit B's F-3): a sub-heading of the text, no longer than a section
    # heading, over two short paragraphs is the lead's text going on, not a next story
    drafts = split(
        EN_BARE_BOX_HEAD + "What happens next\n"
        "The company says two replacement vessels could be chartered from Norway by April.\n"
        "Islanders will meet the transport minister in Stornoway on Friday.\n"
    )
    assert drafts[0].role == "lead"
    assert "Islanders will meet the transport minister" in drafts[0].body
    assert [draft.body for draft in drafts[1:]] == ["", ""]


@pytest.mark.parametrize(
    "crosshead",
    [
        "How much more will islanders pay for the crossings",  # auditor D's D-2 (D12)
        "Was die Absage der Fähren für die Inseln bedeutet",  # (D11)
        "Ce que prévoit le plan de la compagnie pour avril",  # (D10)
    ],
)
def test_text_resuming_under_a_long_crosshead_that_asks_stays_the_leads(crosshead: str) -> None:
    # must-stay (auditor D's D-2): a crosshead of seven words or more opening on a question
    # word over two short paragraphs is the lead's text going on, no next story's headline
    drafts = split(
        EN_BARE_BOX_HEAD + f"{crosshead}\n"
        "The company says two replacement vessels could be chartered from Norway by April.\n"
        "Islanders will meet the transport minister in Stornoway on Friday.\n"
    )
    assert drafts[0].role == "lead"
    assert "Islanders will meet the transport minister" in drafts[0].body


def test_text_resuming_under_a_long_crosshead_sharing_the_texts_words_stays_the_leads() -> None:
    # must-stay (auditor D's D11b): a statement crosshead of seven words or more that shares
    # a word stem with the paragraph over the box ("Ministers …") is the text's own
    drafts = split(
        EN_BARE_BOX_HEAD + "Ministers set out an emergency plan for the island crossings\n"
        "The company says two replacement vessels could be chartered from Norway by April.\n"
        "Islanders will meet the transport minister in Stornoway on Friday.\n"
    )
    assert drafts[0].role == "lead"
    assert "Islanders will meet the transport minister" in drafts[0].body
