"""split_live: a "Key events" list whose links print the clock on the headline's line
("14:05 Bridge closed", "3:58 PM – Typhoon weakens"), each an entry printed again below."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_live import _clock_before_entry

FETCHED = datetime(2026, 3, 9, 16, 40, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(links: str) -> str:
    return f"""\
LIVE
Storm Ida: Amber wind warning as gusts close bridges and halt trains across the north
Updated 12 mins ago
Key events
{links}
16:21 GMT
Power cuts hit 38,000 homes
The electricity network says around 38,000 customers are now without power in the valleys.
Engineers cannot safely climb poles while gusts remain this strong, the company says.
14:05 GMT
Harbour bridge closed to all traffic
Police closed the bridge in both directions after a lorry was blown onto its side.
12:30 GMT
Rail services suspended north of the river
The rail operator says no trains will run north of the river until the wind drops.
"""


CLOCK_LINKS = """\
14:05 Harbour bridge closed to all traffic
12:30 – Rail services suspended north of the river"""


def test_clock_led_key_event_links_leave_the_body() -> None:
    drafts = split(blog(CLOCK_LINKS))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "14:05 Harbour bridge" not in body
    assert "12:30 – Rail services" not in body
    # the entries they link to stay, with their stamps and headlines
    assert "14:05 GMT\n\nHarbour bridge closed to all traffic" in body
    assert "until the wind drops." in body


def test_one_clock_led_line_is_no_key_events_list() -> None:
    """Must stay: a single clock-led line over the entries links nothing for sure."""
    drafts = split(blog("14:05 Harbour bridge closed to all traffic"))
    assert "14:05 Harbour bridge closed to all traffic" in drafts[0].body


@pytest.mark.parametrize(
    ("line", "linked"),
    [
        ("14:05 Harbour bridge closed", True),
        ("3:58 PM – Harbour bridge closed", True),
        ("11h42 | Harbour bridge closed", True),
        # must stay: a timeline's sentence, a number that is no clock, a headline no entry prints
        ("14:05 The police closed the harbour bridge.", False),
        ("38,000 Harbour bridge closed", False),
        ("14:05 Schools reopen on Monday", False),
    ],
)
def test_clock_before_entry(line: str, linked: bool) -> None:
    later = {"Harbour bridge closed", "The police closed the harbour bridge"}
    assert _clock_before_entry(line, later) is linked
