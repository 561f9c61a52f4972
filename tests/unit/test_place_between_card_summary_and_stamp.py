"""A coverage card that prints the story's place on its own line between its summary and its
stamp (outlet / title / summary / "Bergen, Norway" / "6 hours ago") keeps its title and its
outlet: the place is a meta line of the card, no title of a card of its own."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 9, 14, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS = """\
NewsLens
Home
Local
Norway Herald
Fishing quotas cut again as cod stocks fall for a fifth year
The ministry said the cut of 20% would hit coastal fleets hardest, though larger trawlers \
would get extra days at sea.
Bergen, Norway
6 hours ago
Nordic Wire
Coastal towns brace for job losses after quota decision
Harbour councils in the north said hundreds of processing jobs were at risk over the winter.
Stavanger, Norway
5 hours ago
Fisheries Weekly
What the new cod quota means for the coastal fleet
Smaller boats will get a larger share of the total catch, but the total falls sharply.
Oslo, Norway
3 hours ago
"""


def test_the_place_over_the_stamp_leaves_each_card_whole() -> None:
    drafts = split(CARDS)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts] == [
        (
            "Fishing quotas cut again as cod stocks fall for a fifth year",
            "Norway Herald",
            "6 hours ago",
        ),
        ("Coastal towns brace for job losses after quota decision", "Nordic Wire", "5 hours ago"),
        ("What the new cod quota means for the coastal fleet", "Fisheries Weekly", "3 hours ago"),
    ]
