"""Portal rails read card by card: a card without a stamp whose publisher and chip stand over
its title, in a list whose stamped cards print their publisher and stamp over their titles;
a video card whose clip length stands between its stamp and its title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


SOURCE_OVER_CHIP = """\
More for you
The Harbour Times
2h
City council approves new budget for harbour dredging works
Northern Ledger
45m
Ferry operator cancels evening crossings as winds strengthen
Westbridge Gazette
Opinion
Why the ring road plan deserves a second look from councillors
Valley Herald
5h
Regional rail timetable changes take effect from next Monday
"""


def test_publisher_and_chip_over_a_stampless_title_make_a_card() -> None:
    drafts = split(SOURCE_OVER_CHIP)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts] == [
        ("City council approves new budget for harbour dredging works", "The Harbour Times", "2h"),
        ("Ferry operator cancels evening crossings as winds strengthen", "Northern Ledger", "45m"),
        (
            "Why the ring road plan deserves a second look from councillors",
            "Westbridge Gazette",
            None,
        ),
        ("Regional rail timetable changes take effect from next Monday", "Valley Herald", "5h"),
    ]


SUMMARY_AND_AGENCY = """\
More for you
Northern Ledger
1h
School strike called off after talks with the education board
The Harbour Times
2h
City council approves new budget for harbour dredging works
The plan sets aside funds for dredging the inner harbour through the spring.
Work is due to start once the fishing season closes in late April.
Westbridge Gazette
Opinion
Why the ring road plan deserves a second look from councillors
Reuters
45m
Ferry operator cancels evening crossings as winds strengthen
"""


def test_a_cards_two_line_summary_and_its_agency_stay() -> None:
    drafts = split(SUMMARY_AND_AGENCY)[1:]
    assert drafts[0].body == (
        "The plan sets aside funds for dredging the inner harbour through the spring.\n\n"
        "Work is due to start once the fishing season closes in late April."
    )
    assert drafts[1].source == "Westbridge Gazette" and drafts[1].time_text is None
    assert (drafts[2].title, drafts[2].source, drafts[2].time_text) == (
        "Ferry operator cancels evening crossings as winds strengthen",
        "Reuters",
        "45m",
    )


VIDEO_UNDER_STAMP = """\
More news
Harbour Times · 2 hours ago
City council approves new budget for harbour dredging works

Coast Radio · 5 hours ago
▶ 1:20
Drone footage shows the flooded promenade after the storm surge
Valley Herald · 3 hours ago
Regional rail timetable changes take effect from next Monday
"""


def test_clip_length_between_stamp_and_title_is_a_video_card() -> None:
    drafts = split(VIDEO_UNDER_STAMP)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts] == [
        (
            "City council approves new budget for harbour dredging works",
            "Harbour Times",
            "2 hours ago",
        ),
        (
            "Drone footage shows the flooded promenade after the storm surge",
            "Coast Radio",
            "5 hours ago",
        ),
        (
            "Regional rail timetable changes take effect from next Monday",
            "Valley Herald",
            "3 hours ago",
        ),
    ]


STAMP_UNDER_TITLE_THEN_VIDEO = """\
More news
City council approves new budget for harbour dredging works
Harbour Times · 2 hours ago
Ferry operator cancels evening crossings as winds strengthen
Northern Ledger · 4 hours ago

Regional rail timetable changes take effect from next Monday
Valley Herald · 3 hours ago
▶ 1:20
Drone footage shows the flooded promenade after the storm surge
"""


def test_stamp_under_a_title_stays_its_and_a_bare_video_is_no_card() -> None:
    drafts = split(STAMP_UNDER_TITLE_THEN_VIDEO)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("City council approves new budget for harbour dredging works", "2 hours ago"),
        ("Ferry operator cancels evening crossings as winds strengthen", "4 hours ago"),
        ("Regional rail timetable changes take effect from next Monday", "3 hours ago"),
    ]


STAMPS_UNDER_TITLES = """\
More for you
City council approves new budget for harbour dredging works
The Harbour Times · 2h
Ferry operator cancels evening crossings as winds strengthen
Northern Ledger · 45m
Westbridge Gazette
Opinion
Why the ring road plan deserves a second look from councillors
Regional rail timetable changes take effect from next Monday
Valley Herald · 5h
"""


def test_publisher_over_a_title_in_a_title_first_list_makes_no_card() -> None:
    # (cards printing their stamps under their titles: the name and chip head no card, and
    # the title under them keeps nothing of the next card's)
    drafts = split(STAMPS_UNDER_TITLES)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts] == [
        ("City council approves new budget for harbour dredging works", "The Harbour Times", "2h"),
        ("Ferry operator cancels evening crossings as winds strengthen", "Northern Ledger", "45m"),
        ("Regional rail timetable changes take effect from next Monday", "Valley Herald", "5h"),
    ]


WIDGET_UNDER_CARDS = """\
Top stories
The Guardian
2h
Water companies fined £120m over sewage spills
The Telegraph
3h
Chancellor rules out income tax rise in spring statement
Sky News
LIVE
Watch Sky News live
BBC News
4h
Heathrow third runway approved by ministers
Reuters
5h
Oil prices edge higher on supply worries
Met Office
Weather
London: sunny intervals, highs of 14C
See more
"""


def test_a_topic_chip_under_a_name_over_a_widget_makes_no_card() -> None:
    """Auditor A's A-5 (probe A44): the line between the name and the title must be an
    opinion card's label or its author's name; a topic's chip over a widget is neither."""
    titles = [draft.title for draft in split(WIDGET_UNDER_CARDS)]
    assert "London: sunny intervals, highs of 14C" not in titles
    assert len(titles) == 4


COLUMN_TITLES_MODULE = """\
Más para ti
El País
hace 2 h
El Gobierno aprueba el decreto de ayudas por la sequía
El Mundo
hace 3 h
La Fiscalía recurre la absolución del exalcalde de Marbella
Cinco Días
hace 4 h
El Ibex cierra la semana con una subida del 2%
El Confidencial
Opinión
La reforma fiscal que nadie se atreve a defender en público
Por qué la vivienda ya es el primer problema de los jóvenes
El silencio del Gobierno ante la crisis del agua en Cataluña
Lo que Europa no quiere ver en sus fronteras del este
Más noticias
Aviso legal
"""


def test_a_publishers_module_of_bare_column_titles_makes_no_card() -> None:
    """Auditor D's D-1 (probe D31): publisher / label / a run of bare titles is a module of
    links (navigation), no stampless card."""
    drafts = split(COLUMN_TITLES_MODULE)
    assert [draft.source for draft in drafts] == ["El País", "El Mundo", "Cinco Días"]


AUTHOR_OVER_STAMPLESS_TITLE = SOURCE_OVER_CHIP.replace("Opinion\n", "Margaret Holloway\n")


def test_a_publisher_and_an_author_over_a_stampless_title_make_a_card() -> None:
    """The opinion card may print its author's name where the label stands (probe D32)."""
    drafts = split(AUTHOR_OVER_STAMPLESS_TITLE)
    assert (drafts[2].title, drafts[2].source, drafts[2].time_text) == (
        "Why the ring road plan deserves a second look from councillors",
        "Westbridge Gazette",
        None,
    )


CLOCK_LIST_UNDER_ITS_HEADING = """\
Nordkurier
Nachrichten
Region
Brand in Lagerhalle: 40 Beschäftigte in Kurzarbeit
10.03.2026
11:05 Uhr
Das Feuer brach in der Nacht zu Dienstag in der Haupthalle des Zulieferers aus.
Die Feuerwehr brauchte vier Stunden, um die Flammen zu löschen; verletzt wurde niemand.
Die Geschäftsführung hofft, die Produktion bis Monatsende teilweise wieder aufzunehmen.
Ticker
10:40
Radfahrer bei Unfall in Pasewalk verletzt
10:12
Hochwasserwarnung für die Uecker aufgehoben
09:55
Markthalle öffnet nach Umbau wieder
"""


def test_a_name_over_the_first_bare_clock_of_a_clock_list_is_its_heading() -> None:
    """Auditor D's D-P3 (probe D16), b170's "Ticker" list: the list's heading over its first
    clock is no card's source."""
    drafts = split(CLOCK_LIST_UNDER_ITS_HEADING)[1:]
    assert [(draft.source, draft.time_text) for draft in drafts] == [
        (None, "10:40"),
        (None, "10:12"),
        (None, "09:55"),
    ]


PUBLISHERS_OVER_CLOCKS = """\
Harbour Times
10:40
Cyclist injured in collision on the harbour road
Valley Herald
10:12
Flood warning for the river lifted after two days
Reuters
09:55
Covered market reopens after a year of building work
10:12
Flood warning for the river lifted after two days
"""


def test_names_over_every_clock_stay_the_cards_sources() -> None:
    """Must-stay: a list whose cards each print their publisher over their clock keeps them,
    and an agency's name over a clock with a bare clock under it stays its source."""
    drafts = split(PUBLISHERS_OVER_CLOCKS)
    assert [draft.source for draft in drafts][:3] == ["Harbour Times", "Valley Herald", "Reuters"]
