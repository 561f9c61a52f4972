"""split: card lists whose slot order (source / stamp over or under the title) must be read
from the whole list, so that no card takes its neighbour's source or stamp (split_cards,
split_lines). Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_byline, _meta

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_meta_line_with_a_place_after_its_publisher() -> None:
    # a card's "Publisher · City, ST · 2h": the place is the story's, the publisher its source
    assert _meta("The Ledger · Tampa, FL · 2h") == ("The Ledger", "2h")
    assert _meta("Harbour Times · Cork · 3 hours ago") == ("Harbour Times", "3 hours ago")


def test_meta_line_place_first_stays_unread() -> None:
    # must stay: a place before the name is an article header's dateline shape, not a card's
    assert _meta("Tampa, FL · Jane Marsh") is None


SOURCE_PLACE_STAMP_CARDS = """\
More local news
Bay Radio
3h
County budget gap grows to $45 million as the chair warns of cuts
Harbour Times · Cork · 2h
Ferry operator adds a late sailing to the islands for the summer season
West Coast Post
5h
Inside the council's scramble to fill a $30 million hole in the roads budget
Load more
"""


def test_card_with_place_in_its_meta_line_keeps_its_slot() -> None:
    drafts = split(SOURCE_PLACE_STAMP_CARDS)
    assert [(d.title, d.source) for d in drafts] == [
        ("County budget gap grows to $45 million as the chair warns of cuts", "Bay Radio"),
        (
            "Ferry operator adds a late sailing to the islands for the summer season",
            "Harbour Times",
        ),
        (
            "Inside the council's scramble to fill a $30 million hole in the roads budget",
            "West Coast Post",
        ),
    ]


DATED_CARDS_WITH_VIDEO = """\
Latest News
Markets
Port authority member flags fuel cost risk, sees little room for a December cut
Updated 14 Mar 2026, 03:12 PM IST
Moira Quinn
External member Tom Hale said fuel prices had not eased as much as expected after the winter.
Companies
Why the ferry operator's cargo arm is trading below analysts' fair value
14 Mar 2026, 02:40 PM IST
Neha Joshi
Industry
Harbour Air orders 30 more jets as it expands long-haul network to Europe
14 Mar 2026, 12:18 PM IST
Reuters
The airline, which already has 30 of the jets on order, said deliveries would begin in 2029.
02:45
Shares fall 243 points: what is dragging shipping stocks today
14 Mar 2026, 11:50 AM IST
Economy
Trade deficit widens to $27.1 billion on fuel imports as exports stall again
13 Mar 2026, 07:05 PM IST
Gireesh Prasad
Load More
"""


def test_clip_length_over_a_dated_card_is_no_stamp() -> None:
    # "02:45" over a video card's title that prints its own date: the clip's length, so the
    # summary over it stays the card above's and reads no title of its own
    drafts = split(DATED_CARDS_WITH_VIDEO)
    assert [d.title for d in drafts] == [
        "Port authority member flags fuel cost risk, sees little room for a December cut",
        "Why the ferry operator's cargo arm is trading below analysts' fair value",
        "Harbour Air orders 30 more jets as it expands long-haul network to Europe",
        "Shares fall 243 points: what is dragging shipping stocks today",
        "Trade deficit widens to $27.1 billion on fuel imports as exports stall again",
    ]
    assert "deliveries would begin in 2029" in drafts[2].body


CLOCK_STAMPED_CARDS = """\
Fil info
09:42
Storm warning extended to three more coastal departments overnight
09:30
Rail strike: one train in two on the regional network on Thursday
Only one regional train in two will run, the operator said on Wednesday evening.
"""


def test_clock_list_keeps_its_clocks() -> None:
    # must stay: bare clocks over titles whose next stamp is a bare clock too: stamps
    drafts = split(CLOCK_STAMPED_CARDS)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Storm warning extended to three more coastal departments overnight", "09:42"),
        ("Rail strike: one train in two on the regional network on Thursday", "09:30"),
    ]


MENU_HEADING_OVER_CLOCK_LIST = """\
News ticker
Politics
Economy
Sport
Regional
Heatwave: health agency warns of poor air quality across the whole country
2 hours ago
Coalition talks: the mediator wants a final report before the end of this week
3 hours ago
Crowds at the airport: travellers queue for hours at the security checks
45 minutes ago
Fifty years of league football in the south: the finest pictures
News ticker
19:22
Warehouse fire near the river under control, council warns about the smoke
19:05
Currency slides further after disappointing industrial figures from abroad
18:48
Suspect arrested after a stabbing at the central station on Tuesday evening
18:31
Police close the beach for the afternoon as thunderstorms approach the coast
"""


def test_menu_item_over_a_list_opens_it_with_its_own_layout() -> None:
    # a menu's item printed again over a clock-first list ("News ticker") is that list's
    # heading: the title-first card over it keeps no clock, each clock goes with the title
    # under it, and the last title is not lost
    drafts = split(MENU_HEADING_OVER_CLOCK_LIST)
    assert [(d.title, d.time_text) for d in drafts][-4:] == [
        ("Warehouse fire near the river under control, council warns about the smoke", "19:22"),
        ("Currency slides further after disappointing industrial figures from abroad", "19:05"),
        ("Suspect arrested after a stabbing at the central station on Tuesday evening", "18:48"),
        ("Police close the beach for the afternoon as thunderstorms approach the coast", "18:31"),
    ]


CHIP_OF_AN_EARLIER_CARD = """\
Topic:Drought
Farmers start selling breeding ewes as feed prices double in the south
Hay is now selling for more than $400 a tonne, and some producers say they cannot keep up.
Topic:Farming
Posted 5h ago

Topic:Drought
State declares drought across the north and the western peninsula
Posted 8h ago
Growers on the peninsula count the cost of the driest winter on record
Topic:Farming
Posted 1d ago
Why a wet winter in the north will not help the south this year
Topic:Weather
Updated 2d ago
"""


def test_chip_printed_by_an_earlier_card_stays_a_chip() -> None:
    # must stay: a chip between a title and its stamp printed before by another card (not in
    # a menu) is no list's heading
    drafts = split(CHIP_OF_AN_EARLIER_CARD)
    assert [d.title for d in drafts][-3:] == [
        "State declares drought across the north and the western peninsula",
        "Growers on the peninsula count the cost of the driest winter on record",
        "Why a wet winter in the north will not help the south this year",
    ]


def test_written_by_credits_are_bylines() -> None:
    # "Article rédigé par <newsroom> - <group>" (a lower-case brand too), and its kin
    assert _is_byline("Article rédigé par franceinfo - Radio France")
    assert _is_byline("Rédigé par Marie Martin")
    assert _is_byline("Escrito por María López")
    assert _is_byline("Verfasst von Anna Schmid")


def test_story_sentence_opening_like_a_credit_is_no_byline() -> None:
    # must stay: a story's sentence that opens with the same words
    assert not _is_byline(
        "Écrit par Victor Hugo en 1862, le roman a été adapté des dizaines de fois au cinéma."
    )
    assert not _is_byline("Rédigé par deux juristes, le texte sera présenté mardi aux députés.")
    # auditor C's C-3: headlines built on the participle, a clause after the name
    assert not _is_byline("Rédigé par ChatGPT, le discours du maire de Nice fait polémique")
    assert not _is_byline("Écrit par des lycéens, le roman sur l’exil primé à Angoulême")
    assert not _is_byline("Escrito por una inteligencia artificial, el libro más vendido del año")
    assert not _is_byline("Verfasst von KI – und trotzdem ein Bestseller")


CREDITED_LEAD = """\
Inondations : le niveau de la Seine continue de monter à Paris
Article rédigé par franceinfo - Radio France
Publié le 14/03/2026 09:12
La Seine a dépassé les quatre mètres à la station d'Austerlitz dans la nuit, selon Vigicrues.
Les voies sur berge sont fermées à la circulation et plusieurs lignes du RER C sont perturbées.
La préfecture de police appelle les riverains à la plus grande prudence jusqu'à dimanche.
"""


def test_credit_line_leaves_the_lead_body() -> None:
    drafts = split(CREDITED_LEAD)
    assert drafts[0].title == "Inondations : le niveau de la Seine continue de monter à Paris"
    assert "rédigé par" not in drafts[0].body
    assert "La Seine a dépassé les quatre mètres" in drafts[0].body


CLOCKS_THEN_YESTERDAY = """\
Skip to content
Valley News
News
Sport
Latest
09:12
Fire crews tackle blaze at derelict farmhouse near Ashford
08:40
County adds £40m to bypass budget
The widening will cost more than planned, the council said.
07:55
Three injured in head-on crash on the A28
Yesterday
Station bike park to shut for repairs
Yesterday
New mayor sworn in at town hall ceremony
More news
Contact
"""


def test_clock_list_crossing_midnight_keeps_its_last_clock() -> None:
    # must stay (auditor C's C-1, probe C28b): the last clock card over the next card's
    # "Yesterday" is a card of the clock list, no video
    drafts = split(CLOCKS_THEN_YESTERDAY)
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Fire crews tackle blaze at derelict farmhouse near Ashford", "09:12"),
        ("County adds £40m to bypass budget", "08:40"),
        ("Three injured in head-on crash on the A28", "07:55"),
        ("Station bike park to shut for repairs", "Yesterday"),
        ("New mayor sworn in at town hall ceremony", "Yesterday"),
    ]


HEADLINE_OPENING_LIKE_A_CREDIT = """\
Cultura
Escrito por una inteligencia artificial, el libro más vendido del año
Por María José López
Actualizado: 10/03/2026 - 11:20
La novela, publicada en enero en Valencia, ha vendido más de 200.000 ejemplares en dos meses.
Sus autores reconocen que el texto fue generado casi por completo con un modelo de lenguaje.
"""


def test_headline_opening_like_a_credit_keeps_its_article() -> None:
    # must stay (auditor C's C-3, probe C40): the headline is no byline, the story stays
    drafts = split(HEADLINE_OPENING_LIKE_A_CREDIT)
    assert (
        drafts[0].title == "Escrito por una inteligencia artificial, el libro más vendido del año"
    )
    assert "ha vendido más de 200.000 ejemplares" in drafts[0].body


AGES_ONE_CLOCK_THEN_DAY_WORDS = """\
Naar hoofdinhoud
Omroep Noord
Nieuws
Laatste nieuws
12 min geleden
Brand in leegstaande boerderij bij Assen, rookwolk in de wijde omtrek
45 min geleden
Provincie trekt extra geld uit voor de N33
De verbreding kost 40 miljoen euro meer dan begroot.
09:12
Drie gewonden bij frontale botsing op de A28
Gisteren
Groningen sluit fietsenstalling onder het station voor onderhoud
Gisteren
Nieuwe burgemeester voor Emmen benoemd
Meer nieuws
Contact
"""


def test_list_of_ages_clocks_and_day_words_keeps_its_clock_card() -> None:
    # must stay (auditor C's C-1b, probe C28d): a clock between ages and day words is an
    # older card's stamp, no clip's length
    drafts = split(AGES_ONE_CLOCK_THEN_DAY_WORDS)
    assert ("Drie gewonden bij frontale botsing op de A28", "09:12") in [
        (d.title, d.time_text) for d in drafts
    ]
