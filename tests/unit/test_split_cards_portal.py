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
