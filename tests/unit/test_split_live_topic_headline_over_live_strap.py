"""A blog's "<topic> live: …" headline over a strap that says "live" again, its entries
opened by ages under a byline: the headline is the topic one, and the first entry's age
("2h ago" / headline / text, over more such entries) is no stamp of the blog's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
The Valley Post
News
Sport
Storm Ciara live: schools shut across the north as snow piles up
Live updates as blizzards hit the hills
By Megan Rhys
2h ago
Motorway closed near Kendal
Police have closed a stretch of the motorway after several lorries jackknifed in the snow.
Drivers are being told to avoid the area until at least this evening.
3h ago
More than 300 schools closed
The county council said more than 300 schools would stay shut because of the conditions.
Parents have been asked to check the council website for updates.
"""


def test_topic_headline_over_live_strap_and_first_entry_age() -> None:
    raw = RawPage(text=PAGE, fetched_at=datetime(2026, 2, 9, 12, 0, tzinfo=UTC))
    drafts = split_articles(clean_page(raw))
    lead = drafts[0]
    assert lead.title == "Storm Ciara live: schools shut across the north as snow piles up"
    assert lead.time_text is None
    assert "2h ago" in lead.body
    assert "Police have closed a stretch of the motorway" in lead.body
