"""split: a "Related" box holding one bare headline inside a short story is navigation;
the paragraphs under it that speak of what the story spoke of are the story going on, not
the link's summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)

PAGE = (
    "Home\n"
    "Local\n"
    "Council votes to close the Harbour Road pool for repairs\n"
    "Mere Tawhiri\n"
    "07:30, Jun 1 2026\n"
    "The council voted on Monday to close the Harbour Road pool for six months.\n"
    "Engineers found cracks in the main pool last winter.\n"
    "Related\n"
    "Swim club looks for a new home after fire\n"
    "Repairs to the pool will cost about $2 million, the council said.\n"
    "Swimmers will be offered passes to the aquatic centre.\n"
    "The pool is due to reopen in December.\n"
)


def test_text_under_a_lone_related_link_stays_the_storys() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    titles = [d.title for d in drafts]
    assert "Swim club looks for a new home after fire" not in titles
    assert "The pool is due to reopen in December." in drafts[0].body
