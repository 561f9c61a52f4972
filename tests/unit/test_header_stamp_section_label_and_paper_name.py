"""A header's lone stamp line with a section's label before it ("All News 22:17 November 28,
2026") or the paper's name after it ("Saturday November 28 2026, 10.00pm GMT, The Times")."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import dateline_stamp, find_time, labelled_clock_date, resolve_time

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

BODY = (
    "The regional council approved the new harbour budget on Thursday after a debate that "
    "lasted well into the evening and drew more than two hundred residents.\n"
    "Councillors said the money would pay for dredging, new moorings and a repaired sea wall "
    "that was damaged in last winter's storms.\n"
    "Work is expected to start in the spring and to take about eighteen months, the council's "
    "engineer told the meeting, with the harbour open throughout.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    ("line", "stamp", "moment"),
    [
        (
            "Saturday November 28 2026, 10.00pm GMT, The Times",
            "Saturday November 28 2026, 10.00pm GMT",
            datetime(2026, 11, 28, 22, 0, tzinfo=UTC),
        ),
        (
            "Friday 27 November 2026, 6.30am GMT, The Northern Echo",
            "Friday 27 November 2026, 6.30am GMT",
            datetime(2026, 11, 27, 6, 30, tzinfo=UTC),
        ),
    ],
)
def test_a_header_stamp_with_a_label_or_a_paper_name(
    line: str, stamp: str, moment: datetime
) -> None:
    assert dateline_stamp(line) == stamp
    assert resolve_time(stamp, FETCHED) == moment
    assert find_time(line) is None  # (only split reads it, on a lone line)


@pytest.mark.parametrize(
    "line",
    [
        "Saturday November 28 2026, 10.00pm, The Times",  # (no zone)
        "November 28, 2026, 10.00pm GMT, Monday",  # (a stamp's word is no paper)
    ],
)
def test_must_stay_no_named_header_stamp(line: str) -> None:
    assert dateline_stamp(line) is None


def test_a_label_before_a_clock_first_whole_date() -> None:
    assert labelled_clock_date("All News 22:17 November 28, 2026") == (
        "All News",
        "22:17 November 28, 2026",
    )
    assert labelled_clock_date("All News 22:17 November 28") is None  # (no year)
    assert labelled_clock_date("Updated 22:17 November 28, 2026") is None  # (find_time's)


def test_must_stay_an_event_label_before_a_clock_under_the_title_is_no_stamp() -> None:
    text = "Harbour festival returns with a night of music on the pier\n"
    text += "Kickoff 20:45 March 7, 2026\n" + BODY
    assert split(text)[0].time_text is None


def test_the_paper_name_after_the_stamp_under_the_byline() -> None:
    text = (
        "News\n"
        "Harbour council approves budget for new sea wall\n"
        "Jane Marsh, Political Editor\n"
        "Saturday November 28 2026, 10.00pm GMT, The Times\n" + BODY
    )
    lead = split(text)[0]
    assert lead.time_text == "Saturday November 28 2026, 10.00pm GMT"


def test_a_section_label_before_the_clock_under_the_title() -> None:
    text = "HOME\nNATIONAL\nHarbour council approves budget for new sea wall\n"
    text += "All News 22:17 November 28, 2026\n" + BODY
    lead = split(text)[0]
    assert lead.time_text == "22:17 November 28, 2026"
