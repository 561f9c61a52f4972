"""split: a "Live" chip on one card of a section front's list (split_cards'
``_chipped_cards_under``) is no live blog; a blog stays one. Page-like inputs written for
these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 6, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


SECTION_FRONT = """\
Skip to main content
The Valley Courier
News
Politics
Sport
Politics
Live
Council budget live: members debate the library closures before tonight's vote
Updated 8m ago
Opposition councillors say the closures would leave three wards without a branch.
Analysis
Why the transport levy has split the ruling group down the middle
Amira Castell
Local democracy reporter
2h ago
Parking charges to rise in every town-centre car park from June
The council says the increase is needed to cover a shortfall in the highways budget.
4h ago
Exclusive
Leaked memo shows officials warned about the care contract last year
Internal papers seen by the Courier show the risk was flagged twice.
Tom Reddy
Chief reporter
5 May 2026
Most read
Bridge repairs finish a month early
"""

GERMAN_FRONT = """\
Nachrichten
Regional
Liveblog
Hochwasser an der Elbe
Pegel in Dresden steigt weiter, Altstadt bleibt gesperrt
Die Stadt erwartet den Höchststand in der Nacht. Helfer füllen weiter Sandsäcke.
06.05.2026 • 17:31 Uhr
Tarifstreit
Gewerkschaft ruft zu Warnstreik im Nahverkehr am Freitag auf
Betroffen sind Busse und Straßenbahnen in drei Ländern.
06.05.2026 • 16:58 Uhr
Landtag
Koalition einigt sich auf neues Schulgesetz nach monatelangem Streit
06.05.2026 • 15:20 Uhr
Impressum
"""

BLOG_WITH_LABELS = """\
Live
Election night live: results as counting continues across the region
Updated 3m ago
Follow the count with our reporters at every hall.
17:52
Key event
Turnout in the north reaches a record high
Officials said turnout had passed 71 per cent, the highest since the wards were drawn.
17:40
Key event
First result declared in Riverside ward
The sitting councillor held the seat with a majority of 412 votes.
17:31
Counting has started at the leisure centre, where ballot boxes arrived under escort.
Related
Read more about the candidates
"""

BLOG_WITH_HEADLINES = """\
Live
Storm live: rail lines closed as winds reach 90mph on the coast
By Nadia Ferris
Updated 5m ago
Trains are cancelled across the west and thousands of homes are without power.
17:55
Ferries suspended until morning
All crossings from the port have been cancelled, the operator said in a statement.
17:41
Trees down on the main road
Police have closed the road in both directions while crews clear the debris.
17:20
Power cuts spread inland
The network operator said 20,000 homes had lost power across the county.
"""


def test_live_chip_on_a_section_fronts_card_is_one_card_of_the_list() -> None:
    drafts = split(SECTION_FRONT)
    titles = [draft.title for draft in drafts]
    assert titles[0] == (
        "Council budget live: members debate the library closures before tonight's vote"
    )
    assert "Parking charges to rise in every town-centre car park from June" in titles
    assert "Leaked memo shows officials warned about the care contract last year" in titles
    assert "Parking charges" not in drafts[0].body


def test_liveblog_chip_over_a_german_front_page_card_is_no_blog() -> None:
    drafts = split(GERMAN_FRONT)
    assert [draft.title for draft in drafts] == [
        "Pegel in Dresden steigt weiter, Altstadt bleibt gesperrt",
        "Gewerkschaft ruft zu Warnstreik im Nahverkehr am Freitag auf",
        "Koalition einigt sich auf neues Schulgesetz nach monatelangem Streit",
    ]
    assert [draft.time_text for draft in drafts] == [
        "06.05.2026 • 17:31 Uhr",
        "06.05.2026 • 16:58 Uhr",
        "06.05.2026 • 15:20 Uhr",
    ]


def test_a_blog_whose_entries_repeat_one_label_stays_one_article() -> None:
    """Must stay: "Key event" over every entry's headline is one label, no list's chips."""
    drafts = split(BLOG_WITH_LABELS)
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Election night live")
    assert "First result declared in Riverside ward" in drafts[0].body


def test_a_blog_with_entry_headlines_under_their_stamps_stays_one_article() -> None:
    """Must stay: entries print their stamp over their headline, no chip over it."""
    drafts = split(BLOG_WITH_HEADLINES)
    assert len(drafts) == 1
    assert "The network operator said 20,000 homes" in drafts[0].body


BYLINED_CARDS = """\
Politics
Latest
Analysis
Why the transport levy has split the ruling group down the middle
Amira Castell
Local democracy reporter
2h ago
Parking charges to rise in every town-centre car park from June
The council says the increase is needed to cover a shortfall in the highways budget.
4h ago
Exclusive
Leaked memo shows officials warned about the care contract last year
Tom Reddy
Chief reporter
5 May 2026
Most read
Bridge repairs finish a month early
"""

OPINION_HEADER = (
    "The Valley Courier\nNational\nQLD\nOpinion\nOpinion\n"
    "The housing target was never going to be met. Let's stop pretending\n"
    "Kirsten Vale\nUrban affairs columnist\nMay 6, 2026 — 5.00am\n"
    "When the governments signed up to build a million homes in five years, the number had "
    "the great virtue of being easy to remember. It had the lesser virtue of being achievable.\n"
    "Eighteen months from the deadline, completions are running well short of what the target "
    "requires, and approvals fell again in April.\n"
    "None of this is a secret. Builders have been saying for two years that they cannot find "
    "enough tradespeople.\n"
    "Kirsten Vale is the Courier's urban affairs columnist.\n"
    "Housing\nOpinion\nComments\n"
)


def test_cards_closing_with_author_role_and_stamp_keep_their_stamps() -> None:
    # title / author / role / stamp, the next card's chip or headline under the stamp: the
    # author and role are the card's, its stamp is its own (not the next card's)
    drafts = split(BYLINED_CARDS)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Why the transport levy has split the ruling group down the middle", "2h ago"),
        ("Parking charges to rise in every town-centre car park from June", "4h ago"),
        ("Leaked memo shows officials warned about the care contract last year", "5 May 2026"),
    ]
    assert drafts[0].source is None


def test_an_opinion_headers_author_role_and_stamp_over_its_text_stay_the_lead() -> None:
    """Must stay: headline / author / role / stamp with the text under it is an article's
    header; the breadcrumb over the headline is no source."""
    drafts = split(OPINION_HEADER)
    assert len(drafts) == 1
    assert drafts[0].title == "The housing target was never going to be met. Let's stop pretending"
    assert drafts[0].source is None
    assert drafts[0].body.startswith("When the governments signed up")


# auditor A's probes (finding A3): live blogs whose entries print a label over their
# headline, then their stamp, then their text
BLOG_ENTRY_LABELS = (
    "Skip to content\n"
    "The Continental\n"
    "World\n"
    "Europe\n"
    "LIVE\n"
    "Ukraine war live: Kyiv says 40 drones shot down overnight\n"
    "Updated 12 minutes ago\n"
    "By Anna Kowalski and Tom Greene\n"
    "Pinned\n"
    "Air defences busy over the capital\n"
    "2h ago\n"
    "Ukraine's air force said it shot down 40 of 52 drones launched overnight, most of them "
    "over the Kyiv region, and that falling debris damaged two apartment blocks.\n"
    "Breaking\n"
    "Explosion reported in Kharkiv\n"
    "1h ago\n"
    "Local officials reported a loud explosion in the centre of Kharkiv shortly before 10am "
    "and said emergency services were on their way.\n"
    "Analysis\n"
    "Why the drone war is escalating\n"
    "45m ago\n"
    "Both sides are producing drones faster than air defences can be built, our defence "
    "correspondent writes, and cheap decoys are used to drain stocks of missiles.\n"
    "Diplomacy\n"
    "Zelensky to meet EU leaders in Brussels\n"
    "20m ago\n"
    "President Zelensky will travel to Brussels on Thursday to ask for more air-defence "
    "systems, his office said.\n"
    "Share\n"
    "© The Continental\n"
)

TICKER_ENTRY_LABELS = (
    "Zum Inhalt springen\n"
    "Nordkurier Online\n"
    "Politik\n"
    "Wirtschaft\n"
    "LIVE\n"
    "Bundestag-Liveticker: Abstimmung über den Haushalt\n"
    "Aktualisiert vor 10 Minuten\n"
    "Eilmeldung\n"
    "Haushalt mit knapper Mehrheit beschlossen\n"
    "vor 15 Minuten\n"
    "Der Bundestag hat den Haushalt für 2026 mit 369 zu 341 Stimmen beschlossen. Mehrere "
    "Abgeordnete der Koalition enthielten sich.\n"
    "Opposition\n"
    "Union kündigt Verfassungsklage an\n"
    "vor 40 Minuten\n"
    "Die Unionsfraktion will die Schuldenregel im Haushalt vom Bundesverfassungsgericht "
    "prüfen lassen, sagte Fraktionschef Jens Berger im Plenum.\n"
    "Regierung\n"
    "Finanzminister verteidigt Kreditaufnahme\n"
    "vor 1 Stunde\n"
    "Der Finanzminister nannte die neuen Kredite notwendig, um Investitionen in Brücken und "
    "Schienen nicht weiter zu verschieben.\n"
    "Teilen\n"
    "© Nordkurier Online\n"
)


def test_a_blog_whose_labelled_entries_print_their_text_under_the_stamp_stays_one() -> None:
    """Must stay (audit A3): "Breaking" / headline / "1h ago" / text is a blog's entry."""
    for page, title in (
        (BLOG_ENTRY_LABELS, "Ukraine war live: Kyiv says 40 drones shot down overnight"),
        (TICKER_ENTRY_LABELS, "Bundestag-Liveticker: Abstimmung über den Haushalt"),
    ):
        drafts = split(page)
        assert [draft.title for draft in drafts] == [title]
        assert "Opposition" not in (drafts[0].source or "")
    assert "President Zelensky will travel to Brussels" in split(BLOG_ENTRY_LABELS)[0].body


# Auditor A's A3b (probe C1c): a blog's first entries are one short line each ("Details to
# follow.") under two distinct labels; its byline under the "Updated …" stamp keeps it a blog.
SHORT_ENTRY_BLOG = """\
Skip to content
The Continental
World
Europe
LIVE
Ukraine war live: Kyiv says 40 drones shot down overnight
Updated 12 minutes ago
By Anna Kowalski and Tom Greene
Breaking
Explosion reported in Kharkiv
12m ago
Details to follow.
Update
Power cut in Odesa after strike
30m ago
More soon.
Analysis
Why the drone war is escalating
45m ago
Both sides are producing drones faster than air defences can be built, our defence \
correspondent writes, and cheap decoys are used to drain stocks of missiles.
Pinned
Air defences busy over the capital
2h ago
Ukraine's air force said it shot down 40 of 52 drones launched overnight, most of them \
over the Kyiv region, and that falling debris damaged two apartment blocks.
Share
© The Continental
"""


def test_a_bylined_blog_with_short_entries_under_distinct_labels_stays_one_article() -> None:
    drafts = split(SHORT_ENTRY_BLOG)
    assert [draft.role for draft in drafts] == ["lead"]
    assert drafts[0].title == "Ukraine war live: Kyiv says 40 drones shot down overnight"
    assert "Details to follow." in drafts[0].body
    assert "More soon." in drafts[0].body
