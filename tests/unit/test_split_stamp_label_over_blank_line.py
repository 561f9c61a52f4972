"""A stamp label on its own line over one blank line over its value ("Updated" / blank /
"Nov 29, 2026, 10:30 AM" / blank / "Published" / blank / "Nov 29, 2026, 08:00 AM") labels
that value as a label right over it does: the published stamp wins over the update.
Before, the blank line cut the label off and the first (updated) stamp was the lead's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PAGE = (
    "The Harbour Times\nSingapore\nAsia\n"
    "Ferry terminal at Tanah Merah to add two berths by 2028\n"
    "Updated\n\nNov 29, 2026, 10:30 AM\n\nPublished\n\nNov 29, 2026, 08:00 AM\n"
    "The terminal operator will add two berths for regional ferries, it said on Sunday.\n"
    "Work will start next year and the berths will open in stages.\n"
    "The operator expects passenger numbers to double by the end of the decade.\n"
)


def test_label_over_a_blank_line_labels_its_stamp() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].time_text == "Published Nov 29, 2026, 08:00 AM"
