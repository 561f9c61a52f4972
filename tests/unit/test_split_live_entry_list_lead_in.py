"""split_live: an entry whose text opens a list with a colon under its headline ("Here is
what we know so far:" / items) is an entry of the blog like the others, not a card after
it: the blog keeps its items."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)

BLOG = """\
Live
Flood warnings live: river peaks overnight as towns evacuate
Emergency services say the river is expected to peak at 9.2 metres early on Thursday.
11.40 BST
Army deployed to shore up levees
Soldiers have begun filling sandbags along the northern levee, the defence minister said.
10.55 BST
Evacuation centres open in three towns
Councils have opened evacuation centres in community halls and schools across the valley.
10.05 BST
What we know so far
Here is what has been confirmed this morning:
About 4,000 homes are under evacuation orders across the region.
Two main roads into the valley have been closed because of flooding.
"""


def test_an_entry_opening_a_list_stays_in_the_blog() -> None:
    drafts = split_articles(clean_page(RawPage(text=BLOG, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert "What we know so far" in drafts[0].body
    assert "Two main roads into the valley have been closed" in drafts[0].body
