"""Shapes where a real text or a whole story was lost (round 25): the text must survive, in
the lead or as a card, when split cannot tell a card from the story's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


DATED_CARDS = """\
Latest
Roadworks to close high street for a week
Buses will be diverted via Station Road.
2 hours ago
Swimming pool reopens after repairs
The leisure centre says the new roof is now watertight.
4 hours ago
Charity shop raises record sum
Volunteers collected £12,000 over the winter.
5 hours ago
"""

CARD_TITLES = [
    "Roadworks to close high street for a week",
    "Swimming pool reopens after repairs",
    "Charity shop raises record sum",
]

ONE_PARAGRAPH_BRIEF = (
    """\
The Eastport Courier
News
Sport
Ferry cancelled after engine fault
The 7.15am sailing from Eastport to Millbay was cancelled after a fault was found, \
the operator said.
"""
    + DATED_CARDS
)


def test_one_paragraph_brief_over_dated_cards_is_the_lead() -> None:
    """A headline over one short reported paragraph, no stamp, over a list of dated cards:
    a brief, not a notice; its headline and text are the lead."""
    drafts = split(ONE_PARAGRAPH_BRIEF)
    assert [draft.title for draft in drafts] == ["Ferry cancelled after engine fault", *CARD_TITLES]
    assert drafts[0].role == "lead"
    assert "the operator said" in drafts[0].body


def test_not_found_notice_over_dated_cards_gives_no_lead() -> None:
    """Must stay: a 404's one sentence to the reader over the same cards is no story."""
    page = ONE_PARAGRAPH_BRIEF.replace(
        "Ferry cancelled after engine fault", "Page not found"
    ).replace(
        "The 7.15am sailing from Eastport to Millbay was cancelled after a fault was found, the "
        "operator said.",
        "Sorry, the page you are looking for may have been moved or deleted.",
    )
    drafts = split(page)
    assert [draft.title for draft in drafts] == CARD_TITLES
    assert all(draft.role == "related" for draft in drafts)


STAMPLESS_OVER_DATED = (
    """\
The Eastport Courier
News
Sport
Harbour walls to be raised
New flood defences will be built along the quay next year.
School meals price frozen
The cost stays at £2.40 for another year.
Park run route changes
The course now avoids the closed footbridge.
"""
    + DATED_CARDS
)


def test_stampless_cards_over_dated_cards_are_kept() -> None:
    """Stampless headline / summary cards over the dated list, the first too short for a
    story: a list of teasers, no lead, and none of its cards lost."""
    drafts = split(STAMPLESS_OVER_DATED)
    assert [draft.title for draft in drafts] == [
        "Harbour walls to be raised",
        "School meals price frozen",
        "Park run route changes",
        *CARD_TITLES,
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[1].body == "The cost stays at £2.40 for another year."


def test_widget_label_over_a_reported_quote_is_no_lead() -> None:
    """Must stay: a widget's label over a quote that reports someone ("Quote of the day")
    is no headline the sentence tells: no lead over the dated cards."""
    drafts = split(
        "The Eastport Courier\nNews\nSport\nQuote of the day\n"
        '"We will not close a single ward while I am in charge," Health Secretary Wes '
        "Streeting said on Monday.\n" + DATED_CARDS
    )
    assert [draft.title for draft in drafts] == CARD_TITLES


def test_notice_heading_over_stampless_cards_is_no_card() -> None:
    """A 404's heading whose sentence clean removed, right over three stampless cards and
    the dated list: the list starts under the heading; every card keeps its own summary."""
    drafts = split(
        "The Eastport Courier\nNews\nSport\nWe can't find that page\n"
        "The page you were looking for may have been moved or deleted.\n"
        "Bridge closed after lorry strikes parapet\n"
        "Engineers will inspect the damage on Friday.\n"
        "Council approves new cycle lanes\nThe scheme will be finished by the summer.\n"
        "Hospital car park charges to rise\nPatients will pay £3.50 for two hours.\n" + DATED_CARDS
    )
    assert [draft.title for draft in drafts] == [
        "Bridge closed after lorry strikes parapet",
        "Council approves new cycle lanes",
        "Hospital car park charges to rise",
        *CARD_TITLES,
    ]
    assert drafts[0].body == "Engineers will inspect the damage on Friday."


SECTIONED_BRIEF = """\
Stadtbote
Startseite
Lokales
Was die neue Müllabfuhr für die Altstadt ändert
Die Tonnen in der Altstadt werden ab dem 1. Mai zweimal pro Woche geleert, hat der \
Gemeinderat am Dienstag beschlossen.
Mehr Müll seit der Fußgängerzone
Seit der Eröffnung der Fußgängerzone fällt in den Gassen doppelt so viel Abfall an, sagt \
das Bauamt.
Gebühren für Haushalte bleiben gleich
Die Abgabe bleibt bei 90 Euro im Jahr. Gewerbe zahlt künftig einen Zuschlag.
Weitere Meldungen
Brücke am Hafen wieder offen
Die Sanierung des Geländers ist nach drei Wochen abgeschlossen.
vor 2 Stunden
Schwimmbad verlängert Öffnungszeiten
Im Sommer ist das Freibad bis 21 Uhr geöffnet.
vor 3 Stunden
Feuerwehr rettet Katze aus Baum
Das Tier saß seit zwei Tagen in der Krone einer Linde fest.
vor 5 Stunden
"""

GERMAN_CARD_TITLES = [
    "Brücke am Hafen wieder offen",
    "Schwimmbad verlängert Öffnungszeiten",
    "Feuerwehr rettet Katze aus Baum",
]


def test_last_section_over_a_list_heading_stays_in_the_lead() -> None:
    """A short story's last sub-heading and paragraph right over a list's heading and its
    cards: the story's text, not a list's heading and description."""
    drafts = split(SECTIONED_BRIEF)
    assert [draft.title for draft in drafts] == [
        "Was die neue Müllabfuhr für die Altstadt ändert",
        *GERMAN_CARD_TITLES,
    ]
    assert "Gebühren für Haushalte bleiben gleich" in drafts[0].body
    assert "Gewerbe zahlt künftig einen Zuschlag." in drafts[0].body


def test_list_heading_and_description_without_text_above_stay_out() -> None:
    """Must stay: a topic's heading and its one sentence about the list, no story above
    them, over the list's furniture and cards: no lead, no card, in no body."""
    page = """\
Stadtbote
Startseite
Lokales
Müllabfuhr in der Altstadt
Alle Berichte über die neuen Abfuhrzeiten und ihre Folgen für die Anwohner.
Kuratiert von der Lokalredaktion
Umwelt
""" + SECTIONED_BRIEF.split("Weitere Meldungen\n", 1)[1]
    drafts = split(page)
    assert [draft.title for draft in drafts] == GERMAN_CARD_TITLES
    assert not any("Abfuhrzeiten" in draft.body for draft in drafts)


def test_lone_flash_of_one_sentence_is_an_article() -> None:
    """A page's only text, a headline over one short sentence that reports an event of
    others (who, where, when), no stamp: a flash, not a notice."""
    drafts = split(
        "Home\nNews\nFire at Leeds primary school\n"
        "Firefighters were called to Elm Primary School in Leeds at 3am on Monday.\nShare\n"
    )
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Fire at Leeds primary school")
    ]


def test_one_paragraph_brief_over_a_list_heading_is_no_list_header() -> None:
    """A headline over one reported, dated paragraph, then a list's heading over the dated
    cards: a brief, not a list's heading and description (a list's description tells what
    the list holds, no day or figure of an event)."""
    drafts = split(
        "Stadtbote\nStartseite\nLokales\nBrücke nach Unfall mit Lastwagen gesperrt\n"
        "Die Brücke an der Hafenstraße bleibt nach dem Unfall gesperrt, bis Gutachter die "
        "Schäden geprüft haben, sagte ein Sprecher des Landkreises am Dienstag.\n"
        "Weitere Meldungen\n" + SECTIONED_BRIEF.split("Weitere Meldungen\n", 1)[1]
    )
    assert [draft.title for draft in drafts] == [
        "Brücke nach Unfall mit Lastwagen gesperrt",
        *GERMAN_CARD_TITLES,
    ]
    assert "sagte ein Sprecher des Landkreises" in drafts[0].body


AGED_CARDS_UNDER_A_TOP_CARD = """\
Stadtbote
Startseite
Politik
vor 1 Stunde
Gemeinderat beschließt neues Hallenbad nach langer Debatte
Der Gemeinderat hat am Dienstag den Bau des neuen Hallenbads beschlossen. 21 Räte stimmten \
dafür, 9 dagegen.
Das Bad soll bis 2028 am Standort des alten Freibads entstehen und rund 24 Millionen Euro \
kosten.
Die Opposition kritisierte die Pläne scharf, sagte ihr Sprecher in der Debatte.
vor 2 Stunden
Landkreis streitet über neue Buslinien
Die Verwaltung will die Takte auf dem Land verdichten.
vor 3 Stunden
Schulen fordern mehr Geld für Sanierungen
Der Elternbeirat verweist auf undichte Dächer.
vor 4 Stunden
Kreistag wählt neuen Landrat im zweiten Anlauf
Der bisherige Vize setzte sich knapp gegen seine Herausforderin durch.
"""


def test_age_stamped_cards_under_a_top_card_are_no_live_blog() -> None:
    """A section front of "vor N Stunden" / headline / text cards, the first with a story's
    text, no "Live" label: cards (the first the lead), not a blog whose entries they are
    (a blog no label announces opens its entries with clock times)."""
    drafts = split(AGED_CARDS_UNDER_A_TOP_CARD)
    assert [draft.title for draft in drafts] == [
        "Gemeinderat beschließt neues Hallenbad nach langer Debatte",
        "Landkreis streitet über neue Buslinien",
        "Schulen fordern mehr Geld für Sanierungen",
        "Kreistag wählt neuen Landrat im zweiten Anlauf",
    ]
    assert "vor 2 Stunden" not in drafts[0].body
    assert drafts[0].time_text == "vor 1 Stunde"


def test_clock_opened_entries_without_a_label_stay_a_live_blog() -> None:
    """Must stay: the same page with clock times opening the entries under the headline's
    text is a live blog no label announces: one article."""
    page = (
        AGED_CARDS_UNDER_A_TOP_CARD.replace("vor 1 Stunde\n", "")
        .replace("vor 2 Stunden", "14:32 Uhr")
        .replace("vor 3 Stunden", "13:05 Uhr")
        .replace("vor 4 Stunden", "11:48 Uhr")
    )
    drafts = split(page)
    assert len(drafts) == 1
    assert "14:32 Uhr" in drafts[0].body


UNLABELLED_BLOG_WITH_AGED_ENTRIES = """\
UK
Weather
Storm Eunice: trains cancelled and roads closed across the north
Forecasters have issued a red warning for wind as gusts of up to 90mph hit the coast.
By Sarah Hall
Updated 12 minutes ago
12 minutes ago
Tree falls on car in Preston
A man was taken to hospital after a tree fell on his car on the A6 in Preston, Lancashire \
Police said. His injuries are not thought to be life-threatening.
35 minutes ago
All trains from Manchester Piccadilly suspended
Network Rail has suspended all services from Manchester Piccadilly until at least 14:00 \
because of debris on the lines. Passengers have been told not to travel.
1 hour ago
M62 closed in both directions
The motorway is closed between junctions 22 and 24 after a lorry overturned in high winds. \
Highways England said the road could stay shut for several hours.
2 hours ago
Red warning comes into force
The Met Office red warning for wind is now in force across the north west until 21:00. \
People have been told to stay indoors.
"""


def test_age_opened_entries_telling_two_sentences_stay_a_live_blog() -> None:
    """Must stay (auditor A's L-7, probes A78/A79): a blog no label announces whose entries
    open on ages and tell two sentences each is one article, its entries keeping their
    own stamps; a card's summary is one sentence."""
    drafts = split(UNLABELLED_BLOG_WITH_AGED_ENTRIES)
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Storm Eunice")
    assert "12 minutes ago\n\nTree falls on car in Preston" in drafts[0].body


def test_age_opened_german_ticker_entries_stay_a_live_blog() -> None:
    """Must stay: the German twin ("vor 12 Minuten" / entry headline / two sentences)."""
    page = """\
Region
Unwetter
Sturmtief „Zeynep“: Bahnverkehr eingestellt, Autobahnen gesperrt
Der Deutsche Wetterdienst warnt vor Orkanböen bis 130 km/h an der Küste.
Von Jan Hoffmann
Aktualisiert vor 12 Minuten
vor 12 Minuten
Baum stürzt auf Auto in Bremen
Ein Mann wurde verletzt, als ein Baum auf sein Auto fiel, teilte die Polizei mit. \
Lebensgefahr bestehe nicht.
vor 35 Minuten
Fernverkehr in Norddeutschland eingestellt
Die Deutsche Bahn hat den Fernverkehr in Niedersachsen und Bremen bis mindestens 14 Uhr \
eingestellt. Reisende sollen nicht fahren.
vor 1 Stunde
A1 in beide Richtungen gesperrt
Zwischen Bremen und Hamburg ist ein Lastwagen umgekippt. Die Autobahn bleibt nach Angaben \
der Polizei mehrere Stunden gesperrt.
vor 2 Stunden
Unwetterwarnung gilt bis 21 Uhr
Der Deutsche Wetterdienst hat die höchste Warnstufe für die Küste ausgerufen. Menschen \
sollen in ihren Häusern bleiben.
"""
    drafts = split(page)
    assert len(drafts) == 1
    assert "vor 35 Minuten\n\nFernverkehr in Norddeutschland eingestellt" in drafts[0].body


def test_section_front_of_aged_cards_with_two_sentence_summaries_stays_cards() -> None:
    """Must stay (auditor E's E-1, probe M02): a section front no label calls live, whose
    cards open on ages and tell two sentences each, prints no blog's header (byline, update
    stamp, standfirst) over its first age: every card is its own story."""
    page = """\
The Valley Courier
Home
Local
Local news
1 hour ago
Council approves new ferry terminal after two-year consultation
The terminal is due to open in 2029. Opponents said the £140m cost was too high.
2 hours ago
Port strike talks collapse for the second time
Dockers will walk out again on Friday. The port authority said it was disappointed.
3 hours ago
Northern line closed for weekend repairs
Replacement buses will run between the two stations. Trains resume on Monday.
5 hours ago
School meals to be free for all primary pupils
The scheme starts in September. It will cost the council £3m a year.
Terms of use
Privacy
"""
    drafts = split(page)
    assert [draft.title for draft in drafts] == [
        "Council approves new ferry terminal after two-year consultation",
        "Port strike talks collapse for the second time",
        "Northern line closed for weekend repairs",
        "School meals to be free for all primary pupils",
    ]


def test_german_section_front_of_aged_teasers_stays_cards() -> None:
    """Must stay (auditor E's E-1, probe M01): the German twin ("vor 1 Stunde" / title /
    two-sentence Teaser)."""
    page = """\
Stadtanzeiger
Startseite
Region
vor 1 Stunde
Stadtrat beschließt neues Hallenbad für 24 Millionen Euro
Das Bad soll bis 2028 am Standort des alten Freibads entstehen. \
Die Opposition kritisiert die Kosten als zu hoch.
vor 2 Stunden
Bahnstrecke nach Unwetter wieder frei
Die Züge zwischen Neustadt und Bergheim fahren seit Montagmorgen wieder. \
Fahrgäste müssen aber mit Verspätungen rechnen.
vor 3 Stunden
Kita-Gebühren steigen ab August
Eltern zahlen künftig bis zu 40 Euro mehr im Monat. Der Elternbeirat kündigt Widerstand an.
vor 5 Stunden
Polizei sucht Zeugen nach Unfall
Ein Radfahrer wurde an der Kreuzung Hauptstraße schwer verletzt. Der Autofahrer flüchtete.
"""
    drafts = split(page)
    assert len(drafts) == 4
    assert drafts[1].title == "Bahnstrecke nach Unwetter wieder frei"
