"""split_live: a live page that never says "live" (the label is the site's UI, dropped) is
a blog when two or more entries open on stamps that all print one label with a clock
("Posted at 15:32 28 Nov" / headline / text): one article, the entries' stamps kept in its
body, none of them the blog's stamp. A list of cards whose stamps say whether each was
published or updated stays a list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 13, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


POSTED_BLOG = """\
News
Europe
Ferry strike halts crossings as unions reject final offer
Unions say the walkout will last at least 48 hours
Operators advise passengers to rebook
Posted at 16:05 13 May
Ministers call emergency talks
The transport minister has invited both sides to talks on Thursday morning.
Officials said a mediator had been appointed.
Posted at 15:20 13 May
Port queues build
Lorries are queueing for several kilometres on the approach road to the port.
"""

CARDS = """\
City news
Harbour bridge to close for two nights of repairs
Drivers are advised to use the ring road while crews replace expansion joints.
Published on May 13, 2026 09:12 AM
Library extends weekend opening hours
Updated on May 13, 2026 08:05 AM
Council approves new cycle lanes for the old town
The plan adds four kilometres of protected lanes along the river, officials said.
Published on May 12, 2026 06:15 PM
"""


def test_entries_under_one_posted_label_make_one_blog() -> None:
    drafts = split(POSTED_BLOG)
    assert len(drafts) == 1
    blog = drafts[0]
    assert blog.title == "Ferry strike halts crossings as unions reject final offer"
    assert "Port queues build" in blog.body
    assert "16:05" in blog.body
    assert blog.time_text is None


def test_cards_stamped_published_or_updated_stay_cards() -> None:
    assert len(split(CARDS)) > 1
