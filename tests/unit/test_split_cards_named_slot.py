"""split: a run of title / name / stamp cards whose names the source test refuses for their
shape (lower case, digits, a masthead read as a person's: audit A's P-A1 / P-A2, audit D's
PE-D1) keeps its phase: the first card is not lost, every source and stamp stays on its own
card. Chips, authors, surnames, fragments and topic names in the slot stay no sources."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.title, d.source, d.time_text) for d in split(text)]


def test_lower_case_and_domain_sources_keep_the_first_card() -> None:
    got = cards(
        "Nachrichten\nTop-Themen\n"
        "Apple stellt neues iPad mit M4-Chip vor\nheise online\nvor 1 Std.\n"
        "Bahn kündigt Preiserhöhung für Fernverkehr zum Dezember\nn-tv.de\nvor 2 Std.\n"
        "Regierungskrise in Wien: Kanzler lädt zu Gesprächen\nderStandard.at\nvor 3 Std.\n"
        "Schweizer Nationalbank senkt den Leitzins\nwatson\nvor 4 Std.\n"
        "Start-up aus Berlin sammelt 40 Millionen Euro ein\nt3n\nvor 5 Std.\n"
        "Mehr Nachrichten\n"
    )
    assert [title for title, _, _ in got][:2] == [
        "Apple stellt neues iPad mit M4-Chip vor",
        "Bahn kündigt Preiserhöhung für Fernverkehr zum Dezember",
    ]
    assert [(source, stamp) for _, source, stamp in got][1:] == [
        ("n-tv.de", "vor 2 Std."),
        ("derStandard.at", "vor 3 Std."),
        ("watson", "vor 4 Std."),
        ("t3n", "vor 5 Std."),
    ]
    assert got[0][2] == "vor 1 Std."


def test_french_lower_case_sources_stay_on_their_cards() -> None:
    got = cards(
        "Revue de presse\nToute l'actualité\n"
        "Le prix du timbre a doublé en dix ans\nfranceinfo\nIl y a 1 h\n"
        "Disparition de Lina : l'enquête relancée après deux ans\n20 minutes\nIl y a 2 h\n"
        "Paris : la tour Montparnasse fermée pour trois ans\nleparisien.fr\nIl y a 3 h\n"
        "Grève à la SNCF : le trafic perturbé jeudi\nOuest-France\nIl y a 4 h\n"
    )
    assert [source for _, source, _ in got] == [
        "franceinfo",
        "20 minutes",
        "leparisien.fr",
        "Ouest-France",
    ]


def test_sources_with_digits_and_mastheads_are_read() -> None:
    got = cards(
        "News\nLocal\n"
        "Two injured in apartment fire on the South Side\nABC7 Chicago\n1 hour ago\n"
        "Metro service suspended after track fire near Rosslyn\nFOX 5 DC\n2 hours ago\n"
        "France votes to enshrine abortion right in constitution\nFrance 24\n3 hours ago\n"
        "Rishi Sunak faces backlash over national service plan\nChannel 4 News\n4 hours ago\n"
    )
    assert [source for _, source, _ in got] == [
        "ABC7 Chicago",
        "FOX 5 DC",
        "France 24",
        "Channel 4 News",
    ]
    french = cards(
        "Les titres du jour\n"
        "Retraites : le Sénat adopte la réforme en première lecture\nLe Monde\n9 mars 2026\n"
        "Grève SNCF : le trafic fortement perturbé ce week-end\nLe Parisien\n8 mars 2026\n"
        "Tempête : 50 000 foyers privés d'électricité en Bretagne\nOuest-France\n7 mars 2026\n"
    )
    assert [source for _, source, _ in french] == ["Le Monde", "Le Parisien", "Ouest-France"]


def test_chips_surnames_and_topics_in_the_slot_stay_no_sources() -> None:
    # must-stay: title / chip, surname, sport or lower-case fragment / stamp lists
    titles = (
        "Council approves new budget for schools and roads",
        "Storm brings record snowfall to Denver",
        "Apple to open first store in Saudi Arabia",
    )
    for names in (
        ("Cricket", "Rugby", "Tennis"),
        ("Smith", "Jones", "Miller"),
        ("more on this", "see photos", "watch now"),
        ("Premier League", "Premier League", "Premier League"),
        ("plus", "plus", "9to5Mac"),
        ("Folge 48", "Folge 47", "Folge 46"),  # (audit A's M-A1: a series' numbered label)
    ):
        text = "Latest\n" + "".join(
            f"{title}\n{name}\n{hours} hours ago\n"
            for hours, (title, name) in enumerate(zip(titles, names, strict=True), 2)
        )
        got = cards(text)
        assert [title for title, _, _ in got] == list(titles), names
        assert not {"Cricket", "Smith", "Premier League", "plus", "see photos", "Folge 48"} & {
            source for _, source, _ in got
        }, names


def test_a_label_among_sources_stays_no_source() -> None:
    # must-stay (audit E's E83): "nur online" between Title-Case publishers
    got = cards(
        "Nachrichten\nTop-Themen\n"
        "Apple stellt neues iPad mit M4-Chip vor\nDer Spiegel\nvor 1 Std.\n"
        "Koalition streitet über den Haushalt für 2027\nnur online\nvor 2 Std.\n"
        "Bahn kündigt Preiserhöhung für Fernverkehr zum Dezember\n20 Minuten\nvor 3 Std.\n"
        "Schweizer Nationalbank senkt den Leitzins\nHandelsblatt\nvor 5 Std.\n"
    )
    assert got[1][1] is None
    assert got[0][0] == "Apple stellt neues iPad mit M4-Chip vor"


def test_story_under_a_rail_of_digit_sources_keeps_its_text() -> None:
    # audit A's M-A3: the text under the last card's stamp is that card's (here the lead's)
    drafts = split(
        "Home\nNews\nTrending now\n"
        "Apple unveils cheaper iPhone with bigger battery\n9to5Mac\n2h ago\n"
        "Storm knocks out power to 40,000 homes in Ohio\nWLWT 5\n3h ago\n"
        "Police arrest suspect in Midtown shooting\nPIX11\n4h ago\n"
        "Council approves new bike lanes on Main Street\nReuters\n5h ago\n"
        "The city council voted 7-2 on Monday night to add protected bike lanes along a "
        "two-mile stretch of Main Street.\n"
        "Work starts in May and should be finished before the end of the year, the city's "
        "transportation department said.\n"
        "Share this article\n"
    )
    story = next(d for d in drafts if d.title == "Council approves new bike lanes on Main Street")
    assert "The city council voted 7-2 on Monday night" in story.body
    assert "Work starts in May" in story.body
    assert [d.source for d in drafts][:3] == ["9to5Mac", "WLWT 5", "PIX11"]


def test_last_card_of_a_lower_case_run_keeps_its_teaser() -> None:
    drafts = split(
        "Nachrichten\n"
        "Apple stellt neues iPad mit M4-Chip vor\nt3n\nvor 1 Std.\n"
        "Bahn kündigt Preiserhöhung für Fernverkehr an\nn-tv.de\nvor 2 Std.\n"
        "Schweizer Nationalbank senkt den Leitzins\nwatson\nvor 3 Std.\n"
        "Regierungskrise in Wien: Kanzler lädt zu Gesprächen\nderStandard.at\nvor 4 Std.\n"
        "Nach dem Rücktritt der Außenministerin sucht die Koalition einen Ausweg. "
        "Neuwahlen gelten als unwahrscheinlich.\n"
        "Mehr Nachrichten\n"
    )
    last = drafts[-1]
    assert last.title == "Regierungskrise in Wien: Kanzler lädt zu Gesprächen"
    assert "sucht die Koalition einen Ausweg" in last.body


def test_event_chips_dated_by_their_year_are_no_sources() -> None:
    # audit A's M-A2 (A41): a slot with an event's name closed by its year is one of chips
    got = cards(
        "Latest\n"
        "Leaders agree on new climate finance target\nCOP30\n1 hour ago\n"
        "Organisers unveil medals for the summer games\nLA 2028\n2 hours ago\n"
        "Finance ministers split over debt relief plan\nG20\n3 hours ago\n"
        "Apple’s new phone gets a bigger battery\niPhone 17\n4 hours ago\n"
        "More\n"
    )
    assert [title for title, _, _ in got] == [
        "Leaders agree on new climate finance target",
        "Organisers unveil medals for the summer games",
        "Finance ministers split over debt relief plan",
        "Apple’s new phone gets a bigger battery",
    ]
    assert [source for _, source, _ in got][1:] == [None, None, None]
    assert [stamp for _, _, stamp in got][1] == "2 hours ago"
