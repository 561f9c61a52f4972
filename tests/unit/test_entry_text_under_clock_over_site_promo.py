"""A live blog's last entry, its clock then one sentence ("… on the first evening."), over the
site's promo line: the sentence under the clock is the entry's text, no newsletter box's
description of how often it comes; the promo alone goes."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Live Updates
Harbour regatta day two: live updates from the bay
Nov 29, 2026 11:40 (IST)
Heavy rain stops racing for an hour at the harbour mouth.
Nov 29, 2026 11:05 (IST)
The home crew lead after three races.
Nov 29, 2026 10:30 (IST)
Forty boats started the regatta on the first evening.
Track Latest News Live on HarbourNews.com and get news updates from the bay and around the world
"""


def test_the_last_entry_keeps_its_sentence_over_the_promo() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert lines[-1] == "Forty boats started the regatta on the first evening."
