"""timestamps: a header's stamp line with a byline or UI glued to it keeps its stamp (a
hyphenated given name, a stamp before its byline, an "Updated" label glued to its clock, a
reading time glued to the zone), and clean keeps such a line for split."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.timestamps import find_time, holds_stamp, resolve_time

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
