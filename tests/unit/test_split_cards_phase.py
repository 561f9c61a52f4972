"""split: the phase of a card list (does the stamp or source line open or close each card?)
read from the whole list, so that no title takes its neighbour's stamp (split_cards). Page-
like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.time_text) for d in split(text)]


CLOCK_LIST_UNDER_TOP_CARD = """\
La Gazette du Val
Accueil
Région
Sports
À la une
Pont de la Saône : la réfection du tablier reportée à l’automne prochain
La métropole invoque un retard de livraison des poutres. La circulation restera alternée.
Publié le 14/03/2026 à 07h15
Les dernières infos
10h41
Mâcon : un entrepôt détruit par un incendie dans la zone nord, aucun blessé
10h20
Rugby : le club local recrute un demi d’ouverture venu de Perpignan
Le joueur de 27 ans a signé un contrat de deux saisons avec le club.
09h35
Carnaval de Chalon : le défilé du dimanche est maintenu malgré la pluie
Toutes les dernières infos
Sujets
Carnaval
Rugby
Abonnés
Enquête. Ces villages du Val qui n’ont plus de médecin depuis trois ans
Ils sont une vingtaine dans le département à chercher un remplaçant.
Il y a 2 jours
Mentions légales
Contact
"""


def test_heading_over_a_clock_list_is_no_title_and_no_card_shifts() -> None:
    # the list's stamps open its cards: "Les dernières infos" is its heading, each title keeps
    # the clock over it and the last title is a card (not one card off, the last one lost)
    assert cards(CLOCK_LIST_UNDER_TOP_CARD) == [
        (
            "Pont de la Saône : la réfection du tablier reportée à l’automne prochain",
            "Publié le 14/03/2026 à 07h15",
        ),
        ("Mâcon : un entrepôt détruit par un incendie dans la zone nord, aucun blessé", "10h41"),
        ("Rugby : le club local recrute un demi d’ouverture venu de Perpignan", "10h20"),
        ("Carnaval de Chalon : le défilé du dimanche est maintenu malgré la pluie", "09h35"),
        (
            "Enquête. Ces villages du Val qui n’ont plus de médecin depuis trois ans",
            "Il y a 2 jours",
        ),
    ]


SHORT_FIRST_TITLE_OVER_ITS_STAMP = """\
Nachrichten
Start
Region
Sport
Landtag beschließt Haushalt
vor 1 Stunde
Brennerautobahn: Blockabfertigung auch am kommenden Wochenende geplant
vor 3 Stunden
Neue Seilbahn am Ritten soll im Dezember den Betrieb aufnehmen
gestern, 17:45
Impressum
Kontakt
"""


def test_title_first_list_with_a_short_first_title_keeps_its_reading() -> None:
    # must stay: title / stamp cards whose first title is short, the list ending with a stamp:
    # read with the stamps over the titles, the last stamp would head nothing
    assert cards(SHORT_FIRST_TITLE_OVER_ITS_STAMP) == [
        ("Landtag beschließt Haushalt", "vor 1 Stunde"),
        ("Brennerautobahn: Blockabfertigung auch am kommenden Wochenende geplant", "vor 3 Stunden"),
        ("Neue Seilbahn am Ritten soll im Dezember den Betrieb aufnehmen", "gestern, 17:45"),
    ]


TOPIC_PAGE_CHIPPED_CARDS = """\
Stadtanzeiger
Startseite
Altstadt
Neustadt
Thema Wohnen
Mietspiegel 2026: Warum viele Mieten jetzt schneller steigen
Stand: 13.03.2026 16:04 Uhr
Der neue Mietspiegel gilt seit Jahresbeginn. Viele Vermieter nutzen ihn für Erhöhungen.
Die Vergleichsmiete ist um neun Prozent gestiegen. In der Innenstadt sind es zwölf Prozent.
Der Mieterverein rät, jede Erhöhung zu prüfen. Oft seien die Wohnungen falsch eingestuft.
Alle Artikel zum Thema

Altstadt
Stadt kauft zwei Wohnblöcke – Mieter sollen bleiben können
Der Gemeinderat hat den Kauf am Donnerstag einstimmig beschlossen.
12.03.2026

Ratgeber
Nebenkosten: Welche Posten Mieter nicht zahlen müssen
10.03.2026

Kommentar
Der Mietspiegel schützt niemanden, der schon zu viel zahlt
09.03.2026

Impressum
Datenschutz
"""


def test_chipped_card_opening_its_block_is_a_card_not_the_leads_text() -> None:
    # blank / chip / title / summary / stamp / blank: the blank lines bound the card; its
    # title and summary leave the lead's text
    drafts = split(TOPIC_PAGE_CHIPPED_CARDS)
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Mietspiegel 2026: Warum viele Mieten jetzt schneller steigen",
            "Stand: 13.03.2026 16:04 Uhr",
        ),
        ("Stadt kauft zwei Wohnblöcke – Mieter sollen bleiben können", "12.03.2026"),
        ("Nebenkosten: Welche Posten Mieter nicht zahlen müssen", "10.03.2026"),
        ("Der Mietspiegel schützt niemanden, der schon zu viel zahlt", "09.03.2026"),
    ]
    assert "Der Gemeinderat hat den Kauf" in drafts[1].body
    assert "Stadt kauft" not in drafts[0].body


CHIPPED_HEADER_OVER_TEXT = """\
Stadtanzeiger
Startseite
Altstadt
Neustadt

Altstadt
Stadt kauft zwei Wohnblöcke – Mieter sollen bleiben können
Der Gemeinderat hat den Kauf am Donnerstag einstimmig beschlossen.
12.03.2026

Die Blöcke an der Kirchgasse gehören einem Fonds. Die Stadt zahlt nach eigenen Angaben 14 Millionen.
Die Mieter hatten befürchtet, dass die Wohnungen einzeln verkauft werden. Nun gilt ein Deckel.
Impressum
"""


def test_chipped_header_over_its_text_stays_the_lead() -> None:
    # must stay: the same lines over the story's own text are the lead's header and deck
    drafts = split(CHIPPED_HEADER_OVER_TEXT)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Stadt kauft zwei Wohnblöcke – Mieter sollen bleiben können", "12.03.2026"),
    ]
    assert "Der Gemeinderat hat den Kauf" in drafts[0].body
    assert "Die Stadt zahlt nach eigenen Angaben" in drafts[0].body


STAMPLESS_BLOCKS_OVER_DATED_CARDS = """\
Nordbote
Startseite
Region
Thema
Nahverkehr

Der Ausbau der Südbahn war nur der Anfang – jetzt wird es richtig teuer
Das Land muss sagen, wie viel ihm ein funktionierender Nahverkehr wert ist.

Ratgeber
Ausfall, Verspätung, Ersatzbus: Welche Rechte Pendler jetzt haben
Ab 60 Minuten Verspätung gibt es Geld zurück.

Neue Direktverbindung von Greifswald nach Berlin ab Dezember
Ab dem 13. Dezember fährt täglich ein Zugpaar ohne Umstieg.
vor 3 Stunden

Brückenbau bei Anklam: Sperrung der Strecke bis Februar verlängert
Die Bahn erneuert Gleise und zwei Brücken.
vor 5 Stunden

Schlagwörter
Nahverkehr
Bahn
Impressum
"""


def test_stampless_blocks_over_a_lists_first_dated_card_are_its_cards() -> None:
    # blank lines bound the cards: the two blocks of title / summary over the dated cards are
    # cards of the list printed without a stamp, not a lead (nor dropped)
    drafts = split(STAMPLESS_BLOCKS_OVER_DATED_CARDS)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Der Ausbau der Südbahn war nur der Anfang – jetzt wird es richtig teuer", None),
        ("Ausfall, Verspätung, Ersatzbus: Welche Rechte Pendler jetzt haben", None),
        ("Neue Direktverbindung von Greifswald nach Berlin ab Dezember", "vor 3 Stunden"),
        ("Brückenbau bei Anklam: Sperrung der Strecke bis Februar verlängert", "vor 5 Stunden"),
    ]
    assert "Ab 60 Minuten Verspätung" in drafts[1].body


# a river of cards printing their sources first ("Source · 1h" / title), under the pairs of
# the two pages below
SOURCED_RIVER = """\
Rappler · 1h
Philippine cities line up for grants after a hard typhoon season

The Namibian · 3h
Namibia drought plan wins the backing of the fund's board

Related topics
Floods
"""


SOURCE_PAIRS_OVER_SOURCED_RIVER = (
    """\
NewsHub
Home
Topics
Topic
Glacier melt
Featured coverage
Kathmandu Post
Nepal asks the climate fund for help as Himalayan glacier lakes swell
Dawn
Pakistan among the first countries to draw on the fund after the floods

"""
    + SOURCED_RIVER
)


def test_source_title_pairs_over_a_source_first_river_are_its_cards() -> None:
    drafts = split(SOURCE_PAIRS_OVER_SOURCED_RIVER)
    assert [(d.title, d.source, d.role) for d in drafts] == [
        (
            "Nepal asks the climate fund for help as Himalayan glacier lakes swell",
            "Kathmandu Post",
            "related",
        ),
        (
            "Pakistan among the first countries to draw on the fund after the floods",
            "Dawn",
            "related",
        ),
        ("Philippine cities line up for grants after a hard typhoon season", "Rappler", "related"),
        ("Namibia drought plan wins the backing of the fund's board", "The Namibian", "related"),
    ]


SUBHEADED_TEXT_OVER_DATED_CARDS = """\
Nordbote
Startseite
Region
Neue Südbahn: Warum der Ausbau viel länger dauert als geplant
Der Ausbau der Südbahn verzögert sich um drei Jahre. Das geht aus einem Bericht hervor.
Die Prüfer bemängeln die Planung der Brücken. Gutachten seien zu spät bestellt worden.
Die Landesregierung wies die Kritik zurück. Man habe alles öffentlich gemacht.

Was die Verzögerung für die Pendler im Süden bedeutet
Wer täglich nach Rostock pendelt, muss weiter mit dem Ersatzbus fahren.

Wie es nach dem Bericht des Rechnungshofs weitergeht
Der Landtag will sich im Januar mit dem Bericht befassen.

Neue Direktverbindung von Greifswald nach Berlin ab Dezember
Ab dem 13. Dezember fährt täglich ein Zugpaar ohne Umstieg.
vor 3 Stunden

Brückenbau bei Anklam: Sperrung der Strecke bis Februar verlängert
Die Bahn erneuert Gleise und zwei Brücken.
vor 5 Stunden

Impressum
"""


def test_subheaded_text_over_dated_cards_stays_the_leads() -> None:
    # must stay: blocks of subheading / paragraph under the lead's text are its text, not
    # stampless cards (an article's text stands above them)
    drafts = split(SUBHEADED_TEXT_OVER_DATED_CARDS)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Neue Südbahn: Warum der Ausbau viel länger dauert als geplant", None),
        ("Neue Direktverbindung von Greifswald nach Berlin ab Dezember", "vor 3 Stunden"),
        ("Brückenbau bei Anklam: Sperrung der Strecke bis Februar verlängert", "vor 5 Stunden"),
    ]
    assert "Was die Verzögerung für die Pendler im Süden bedeutet" in drafts[0].body
    assert "Der Landtag will sich im Januar mit dem Bericht befassen." in drafts[0].body


TITLE_SOURCE_PAIRS_OVER_SOURCED_RIVER = (
    """\
NewsHub
Home
Most read
Nepal asks the climate fund for help as Himalayan glacier lakes swell
Kathmandu Post
Pakistan among the first countries to draw on the fund after the floods
Dawn

"""
    + SOURCED_RIVER
)


def test_title_source_pairs_over_a_sourced_river_keep_their_phase() -> None:
    # must stay: pairs printed title first, source under it, are not read one off as
    # source / title pairs (no title takes the source of the card above)
    drafts = split(TITLE_SOURCE_PAIRS_OVER_SOURCED_RIVER)
    assert [(d.title, d.source) for d in drafts][:2] == [
        ("Nepal asks the climate fund for help as Himalayan glacier lakes swell", "Kathmandu Post"),
        ("Pakistan among the first countries to draw on the fund after the floods", "Dawn"),
    ]


SHORT_FIRST_TITLE_UNDER_HEADING_TRAILING_LINK = """\
Accueil
Économie
Les dernières nouvelles
Grève à la RATP
09h42
Budget 2027 : le Sénat rejette la première partie du projet de loi
09h15
Tempête : 30 000 foyers toujours privés d'électricité dans l'Ouest
08h58
Nantes : le périphérique bloqué par des agriculteurs en colère
08h31
Toute l'actualité économique de la journée en continu
"""


def test_short_first_title_under_a_heading_keeps_its_stamp() -> None:
    # must stay (auditor B, B-3): under its list's heading a short line is the first card's
    # title, even with a title-shaped link closing the list; no title takes the stamp above
    assert cards(SHORT_FIRST_TITLE_UNDER_HEADING_TRAILING_LINK) == [
        ("Grève à la RATP", "09h42"),
        ("Budget 2027 : le Sénat rejette la première partie du projet de loi", "09h15"),
        ("Tempête : 30 000 foyers toujours privés d'électricité dans l'Ouest", "08h58"),
        ("Nantes : le périphérique bloqué par des agriculteurs en colère", "08h31"),
    ]


# the dated cards under the English pages below
DATED_CARDS = """\
Bus fares to rise 5% from April
The operator blamed higher fuel costs for the rise.
2 hours ago

Dock strike talks break down for a second time
Union leaders walked out after the firm refused to improve its offer.
3 hours ago
"""


ONE_PARAGRAPH_SECTIONS_OVER_DATED_CARDS = (
    """\
The Dale Gazette
News
Sport

Town hall buys two housing blocks to keep the tenants in their homes
By Ann Wells

The town will pay £9m for 60 flats on Mill Lane, ending a year of worry for the tenants.

Why the town hall changed its mind
Officials said the purchase was cheaper than rehousing the families.

What happens to the rents now
Rents will be frozen at current levels for the next eight years.

"""
    + DATED_CARDS
)


def test_sections_under_a_one_paragraph_text_stay_the_leads() -> None:
    # must stay (auditor B, B48): sections of subheading / paragraph under the lead's one
    # paragraph are its text, not stampless cards of the list under them
    drafts = split(ONE_PARAGRAPH_SECTIONS_OVER_DATED_CARDS)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Town hall buys two housing blocks to keep the tenants in their homes", None),
        ("Bus fares to rise 5% from April", "2 hours ago"),
        ("Dock strike talks break down for a second time", "3 hours ago"),
    ]
    assert "Rents will be frozen at current levels" in drafts[0].body


SHORT_MID_TITLE_TRAILING_LINK = """\
Home
Business
Latest
Senate passes a stopgap bill to avert a government shutdown
2 hours ago
Stocks climb on rates
3 hours ago
Oil slips as producers signal higher output next year
5 hours ago
Central bank holds rates steady and signals a cut in spring
7 hours ago
Read all the latest business news from our newsroom
"""


def test_short_title_inside_a_title_first_list_keeps_its_stamp() -> None:
    # must stay (auditor B, B58): a short title between two cards, under the stamp closing
    # the card above, is a card's title when the list's link under it repeats none of it
    assert cards(SHORT_MID_TITLE_TRAILING_LINK) == [
        ("Senate passes a stopgap bill to avert a government shutdown", "2 hours ago"),
        ("Stocks climb on rates", "3 hours ago"),
        ("Oil slips as producers signal higher output next year", "5 hours ago"),
        ("Central bank holds rates steady and signals a cut in spring", "7 hours ago"),
    ]


EXPLAINER_QUESTIONS_OVER_DATED_CARDS = (
    """\
The Dale Gazette
News
Sport

Water bills rise: what it means for your home

How much will my bill go up by this year?
A typical household will pay about £40 more a year from April.

When will the new bills arrive in the post?
Bills are due to be sent out in the first two weeks of March.

"""
    + DATED_CARDS
)

BYLINED_SECTIONS_OVER_DATED_CARDS = (
    """\
The Dale Gazette
News
Sport

Water bills rise: what it means for your home
By Ann Wells

The new charges for the coming year
A typical household will pay about £40 more a year from April.

The help on offer for families on low incomes
Families on low incomes can apply to the water company's scheme.

"""
    + DATED_CARDS
)


def test_explainer_sections_over_dated_cards_stay_the_leads() -> None:
    # must stay (auditor B, B62): question / answer blocks, or sections under a byline, over
    # the list are the lead's text, not stampless cards of the list
    for page, section in (
        (EXPLAINER_QUESTIONS_OVER_DATED_CARDS, "When will the new bills arrive in the post?"),
        (BYLINED_SECTIONS_OVER_DATED_CARDS, "The help on offer for families on low incomes"),
    ):
        drafts = split(page)
        assert [(d.title, d.time_text) for d in drafts] == [
            ("Water bills rise: what it means for your home", None),
            ("Bus fares to rise 5% from April", "2 hours ago"),
            ("Dock strike talks break down for a second time", "3 hours ago"),
        ]
        assert section in drafts[0].body


SHORT_MID_TITLE_ECHOED_BY_LINK = """\
Home
Rugby
Latest
Leinster stay top after a bonus-point win in Cardiff
1 hour ago
Six Nations squad news
2 hours ago
Toulouse held at home as La Rochelle close the gap to two points
3 hours ago
Saracens stretch their unbeaten run to nine games with a win in Bath
4 hours ago
All Six Nations news and fixtures
"""

SECTIONS_UNDER_A_LONE_HEADLINE = (
    """\
The Dale Gazette
News
Sport

Water bills rise: what it means for your home

What the water company decided on Thursday
The company will raise its charges by 6%, the most the regulator allows.

Why it matters for families on low incomes
A typical household will pay about £40 more a year from April.

"""
    + DATED_CARDS
)


def test_short_title_partly_echoed_by_the_lists_link_keeps_its_stamp() -> None:
    # must stay (auditor B, B63): the link under the list holds some of a short title's words,
    # not all of them: the title is a card's, not the list's heading
    assert cards(SHORT_MID_TITLE_ECHOED_BY_LINK)[:2] == [
        ("Leinster stay top after a bonus-point win in Cardiff", "1 hour ago"),
        ("Six Nations squad news", "2 hours ago"),
    ]


def test_sections_under_a_lone_headline_stay_its_text() -> None:
    # must stay (auditor B, B64): blocks of subheading / paragraph under the page's headline
    # alone (no byline, no stamp) are its sections, not stampless cards
    drafts = split(SECTIONS_UNDER_A_LONE_HEADLINE)
    assert [d.title for d in drafts][:2] == [
        "Water bills rise: what it means for your home",
        "Bus fares to rise 5% from April",
    ]
    assert "Why it matters for families on low incomes" in drafts[0].body


def test_sections_under_a_kickered_headline_stay_its_text() -> None:
    # must stay (auditor B, B66 / B68): the headline under its kicker ("Explainer" / headline)
    # is a title of its block too: the blocks under it are its sections, not stampless cards
    page = SECTIONS_UNDER_A_LONE_HEADLINE.replace(
        "\nWater bills rise", "\nExplainer\nWater bills rise"
    )
    drafts = split(page)
    assert [d.title for d in drafts][:2] == [
        "Water bills rise: what it means for your home",
        "Bus fares to rise 5% from April",
    ]
    assert "A typical household will pay about £40 more" in drafts[0].body


def test_stampless_blocks_under_a_topics_description_are_its_cards() -> None:
    # the topic's name and its description (a sentence, no headline) are a list's furniture:
    # the stampless blocks under it are still the list's cards
    page = STAMPLESS_BLOCKS_OVER_DATED_CARDS.replace(
        "Nahverkehr\n\nDer Ausbau",
        "Nahverkehr\nAlle Artikel, Hintergründe und Kommentare zu Bussen, Bahnen und Fahrplänen."
        "\n\nDer Ausbau",
    )
    assert [d.title for d in split(page)][:2] == [
        "Der Ausbau der Südbahn war nur der Anfang – jetzt wird es richtig teuer",
        "Ausfall, Verspätung, Ersatzbus: Welche Rechte Pendler jetzt haben",
    ]


def test_short_title_wholly_echoed_by_the_lists_link_keeps_its_stamp() -> None:
    # auditor B's B67: the link under the list holds all of a short title's words, but it
    # stands under the last card's stamp, where read one card off it would be a card's
    # title: the short title is a card's, no heading, and the link no story
    page = SHORT_MID_TITLE_ECHOED_BY_LINK.replace(
        "Six Nations squad news", "Six Nations results"
    ).replace("All Six Nations news and fixtures", "All Six Nations results and fixtures")
    assert cards(page) == [
        ("Leinster stay top after a bonus-point win in Cardiff", "1 hour ago"),
        ("Six Nations results", "2 hours ago"),
        ("Toulouse held at home as La Rochelle close the gap to two points", "3 hours ago"),
        ("Saracens stretch their unbeaten run to nine games with a win in Bath", "4 hours ago"),
    ]


TOPIC_PAGE_DESCRIPTION_WITHOUT_STOP = """\
Zum Inhalt springen
Ostseekurier
Startseite
Region
Politik
Thema
Deutsche Bahn
Alle Artikel, Hintergründe und Kommentare zur Deutschen Bahn, zu Streiks und Baustellen
Folgen

Kommentar
Die Sanierung der Riedbahn war nur der Anfang – jetzt wird es teuer
Der Bund muss endlich sagen, wie viel ihm ein funktionierendes Schienennetz wert ist.

Ratgeber
Zugausfall, Verspätung, Ersatzbus: Welche Rechte Fahrgäste jetzt haben
Ab 60 Minuten Verspätung gibt es Geld zurück. Was Sie beim Antrag beachten müssen.

Fahrplanwechsel: Neue ICE-Direktverbindung von Rostock nach München
Ab dem 13. Dezember fährt täglich ein Zugpaar ohne Umstieg.
vor 3 Stunden

Baustelle zwischen Neubrandenburg und Pasewalk: Sperrung bis Februar
Die Bahn erneuert Gleise und zwei Brücken. Pendler müssen auf Busse umsteigen.
vor 5 Stunden

GDL droht mit Warnstreiks vor Weihnachten
gestern, 17:45 Uhr

Impressum
"""


def test_stampless_cards_under_a_description_without_its_stop_are_cards() -> None:
    # must stay (auditor E's E-5, probe M06): a topic's description without its full stop in
    # the page's header block is no headline over the stampless featured cards
    assert [d.title for d in split(TOPIC_PAGE_DESCRIPTION_WITHOUT_STOP)][:2] == [
        "Die Sanierung der Riedbahn war nur der Anfang – jetzt wird es teuer",
        "Zugausfall, Verspätung, Ersatzbus: Welche Rechte Fahrgäste jetzt haben",
    ]


def test_stampless_cards_under_a_ticker_headline_in_the_header_are_cards() -> None:
    # must stay (auditor E's E-5, probe M08): a breaking-news ticker line in the header block
    # is no headline of the stampless cards under it
    page = TOPIC_PAGE_DESCRIPTION_WITHOUT_STOP.replace(
        "Politik\n", "Eilmeldung: Bundestag beschließt Haushalt mit knapper Mehrheit\n"
    ).replace("zu Streiks und Baustellen\n", "zu Streiks und Baustellen.\n")
    assert len(split(page)) == 5
