"""Home-page cards under a chip on a line of its own ("Subscriber Only", or a sport's section
"Rugby"): the chip is no part of the card and no publisher, so the card has no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

PAGE = """\
World
Subscriber Only
Water charges row deepens as councils miss the deadline
Local authorities say they were given too little notice of the new billing rules.
Sarah Keane
Tue Dec 01 2026 - 07:00
Rugby
Leinster confirm captain will miss the European opener
The flanker picked up a hamstring injury in training on Friday.
Tom Doyle
Tue Dec 01 2026 - 06:15
"""


def test_chips_over_cards_are_no_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title[:8] for draft in drafts] == ["Water ch", "Leinster"]
    assert [draft.source for draft in drafts] == [None, None]
