"""split_live: a blog whose header prints only its last update ("Updated 28 Nov 2026 17.40
GMT") and whose publication is printed once under the last entry ("First published on 28
Nov 2026 09.05 GMT") is stamped with the publication: the published stamp wins."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(footer: str) -> str:
    return f"""\
Live
Floods in Cumbria: river levels still rising in Carlisle and Keswick – live
The Environment Agency has issued three severe flood warnings overnight.
Updated 28 Nov 2026 17.40 GMT
17.38 GMT
Carlisle bridge closed
Police have closed the Eden bridge after the river rose another 20cm in an hour.
Share
12.10 GMT
Rest centre opens in Keswick
The council has opened a rest centre at the leisure centre for families told to leave.
Share
09.05 GMT
Good morning
Welcome to our coverage of the floods across Cumbria and the Lake District today.
Share
{footer}
Explore more on these topics
"""


def test_a_publication_under_the_last_entry_wins_over_the_header_update() -> None:
    drafts = split(blog("First published on 28 Nov 2026 09.05 GMT"))
    assert drafts[0].time_text == "First published on 28 Nov 2026 09.05 GMT"


def test_entries_labels_printed_twice_leave_the_header_update() -> None:
    """Must stay: "Posted" stamps under two entries are the entries', no blog's publication."""
    text = blog("").replace("Share\n12.10", "Posted 28 Nov 2026 12.10 GMT\nShare\n12.10")
    text = text.replace("Share\n09.05", "Posted 28 Nov 2026 17.38 GMT\nShare\n09.05")
    drafts = split(text)
    assert drafts[0].time_text == "Updated 28 Nov 2026 17.40 GMT"
