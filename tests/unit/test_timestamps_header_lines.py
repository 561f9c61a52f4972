"""timestamps: a header's stamp line with a byline or UI glued to it keeps its stamp (a
hyphenated given name, a stamp before its byline, an "Updated" label glued to its clock, a
reading time glued to the zone), and clean keeps such a line for split."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import find_time, holds_stamp, resolve_time, stamp_after_words

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BODY = (
    "The regional council approved the new harbour budget on Thursday after a debate that "
    "lasted well into the evening and drew more than two hundred residents.\n"
    "Councillors said the money would pay for dredging, new moorings and a repaired sea wall "
    "that was damaged in last winter's storms.\n"
    "Work is expected to start in the spring and to take about eighteen months, the council's "
    "engineer told the meeting, with the harbour open throughout.\n"
)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("by Min-ji Park · Nov 26, 2026, 5:10 PM EST", "Nov 26, 2026, 5:10 PM EST"),
        ("By Jean-Pierre Roux · Nov 26, 2026", "Nov 26, 2026"),
        ("Posted on July 8, 2026 by Dale Hendricks", "Posted on July 8, 2026"),
        ("July 8, 2026, by Dale and Ann Smith", "July 8, 2026"),
        ("Posted July 8, 2026 by Reuters", "Posted July 8, 2026"),
        ("10:42, 4 Mar 2026Updated11:05, 4 Mar 2026", "10:42, 4 Mar 2026"),
    ],
)
def test_a_header_line_gives_its_stamp(line: str, stamp: str) -> None:
    assert find_time(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "Posted on July 8, 2026 by the council",  # (no name after "by")
        "Due by July 8, 2026",
        "Posted July 8, 2026 by March",  # (a month is no name)
        "Posted July 8, 2026 by Monday",
        "Posted on July 8, 2026 by Dale Hendricks in News",
        "By Mid-year · Nov 26, 2026",  # (a lower-case word is no name)
        "10:42, 4 Mar 2026 Updatedness",
    ],
)
def test_must_stay_no_stamp(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "by Min-ji Park · Nov 26, 2026, 5:10 PM EST · 5 min read",
        "Sat, 28 November 2026 at 9:42 am GMT·3 min read",
    ],
)
def test_clean_keeps_a_stamp_line_with_a_reading_time(line: str) -> None:
    assert holds_stamp(line)
    assert classify(line) is None


@pytest.mark.parametrize("line", ["by Min-ji Park · 5 min read", "Subscribe now · 5 min read"])
def test_must_stay_a_reading_time_without_a_stamp_is_dropped(line: str) -> None:
    assert not holds_stamp(line)
    assert classify(line) is not None


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "by Min-ji Park · Nov 26, 2026, 5:10 PM EST · 5 min read",
            datetime(2026, 11, 26, 22, 10, tzinfo=UTC),
        ),
        ("Posted on July 8, 2026 by Dale Hendricks", datetime(2026, 7, 8, tzinfo=UTC)),
    ],
)
def test_the_lead_takes_the_stamp_of_its_header_line(header: str, want: datetime) -> None:
    drafts = split(f"Harbour council approves budget for sea wall repairs\n{header}\n{BODY}")
    assert drafts[0].title == "Harbour council approves budget for sea wall repairs"
    assert drafts[0].time_text is not None
    assert resolve_time(drafts[0].time_text, FETCHED) == want
    assert header not in drafts[0].body


def test_must_stay_a_date_inside_the_text_is_no_stamp() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\n"
        "On June 3, 2025, the council first asked engineers to survey the sea wall, and their "
        "report, published by Dale Hendricks, found cracks along most of its length.\n" + BODY
    )
    drafts = split(text)
    assert drafts[0].time_text is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("All News 10:15 November 28, 2026", "10:15 November 28, 2026"),
        ("Latest 28 Nov 2026 07:15", "28 Nov 2026 07:15"),
    ],
)
def test_a_stamp_after_a_link_under_the_headline(line: str, stamp: str) -> None:
    assert find_time(line) is None  # (anywhere else such a line is no stamp)
    assert stamp_after_words(line) == stamp
    drafts = split(f"Harbour council approves budget for sea wall repairs\n{line}\n{BODY}")
    assert drafts[0].time_text == stamp
    assert line not in drafts[0].body


@pytest.mark.parametrize(
    "line",
    [
        "All News November 28, 2026",  # (no clock: a date alone is as likely an event's)
        "All News 10:15",  # (no date)
        "Weather warning in force until 10:15 November 28, 2026",  # (more than three words)
    ],
)
def test_must_stay_no_stamp_after_words(line: str) -> None:
    assert stamp_after_words(line) is None


def test_must_stay_a_schedule_line_inside_the_text_is_no_stamp() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\n"
        + BODY
        + "Kickoff 20:45 March 7, 2026\n"
        + "The council will meet again in the spring to review the work.\n"
    )
    assert split(text)[0].time_text is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Valencia, 21 ene 2026 - 09:12 CET", "21 ene 2026 - 09:12 CET"),
        ("Sevilla / Málaga - 19 mar 2026 - 07:15 CET", "19 mar 2026 - 07:15 CET"),
        ("New York, 3 March 2026 10:00 EST", "3 March 2026 10:00 EST"),
    ],
)
def test_a_dateline_place_in_title_case_before_a_whole_stamp(line: str, stamp: str) -> None:
    assert find_time(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "Kickoff, 7 March 2026",  # (no clock: a date after a word is as likely a text's)
        "Valencia, 21 ene 2026",
        "Updated, 21 ene 2026 - 09:12",  # (a stamp's label is no place)
        "Sevilla - 19 mar 2026 - 07:15 CET",  # (a meta line: split reads its place and stamp)
    ],
)
def test_must_stay_no_title_case_dateline(line: str) -> None:
    assert find_time(line) is None


def test_a_publication_stamp_in_brackets_under_the_text_outranks_an_update() -> None:
    text = (
        "Harbour council approves budget for sea wall repairs\n"
        "PTI\n"
        "Last Updated : 12 March 2026, 09:02 IST\n"
        + BODY
        + "(Published 12 March 2026, 08:40 IST)\n"
    )
    assert classify("(Published 12 March 2026, 08:40 IST)") is None
    drafts = split(text)
    assert drafts[0].time_text is not None
    assert resolve_time(drafts[0].time_text, FETCHED) == datetime(2026, 3, 12, 3, 10, tzinfo=UTC)
    assert "Published 12 March" not in drafts[0].body


@pytest.mark.parametrize("line", ["(FRANCE 24 with AFP)", "(With inputs from agencies)"])
def test_must_stay_a_note_in_brackets_is_dropped(line: str) -> None:
    assert classify(line) is not None
