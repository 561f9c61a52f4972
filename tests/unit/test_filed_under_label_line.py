"""clean: a "Filed Under: …" line under the text lists the story's topics, as "Tags: …"
does: no sentence of the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Rail freight volumes fall for a third month\n"
    "30 November 2026\n"
    "Rail freight volumes fell 4% in November from a year earlier, the third monthly fall in "
    "a row, as intermodal traffic from the West Coast ports slowed.\n"
    "Coal carloads rose slightly, helped by exports through Gulf ports.\n"
    "Filed Under: Rail, Intermodal\n"
)


def test_a_filed_under_line_is_dropped() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert not any(line.startswith("Filed Under") for line in lines)
    assert "Coal carloads rose slightly, helped by exports through Gulf ports." in lines
