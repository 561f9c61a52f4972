"""split_live: a live blog's reporters, one name a line under the headline and again under
each entry they wrote, are bylines, no unstamped key-events list: the stamp under them stays
the blog's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

BLOG = """\
Live
Bushfire live: residents near Gympie told to leave now
Chloe Bennett
Marcus Hale
Tue 1 Dec 2026 19.40 AEST
7.35pm AEST
The fire has jumped the Bruce Highway north of Gympie and is moving east towards Tin Can Bay.
Chloe Bennett
7.10pm AEST
Rural Fire Service crews from Brisbane have arrived at the staging area at Kybong.
Marcus Hale
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_names_printed_again_with_entries_leave_the_header_stamp() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].time_text == "Tue 1 Dec 2026 19.40 AEST"
