"""A "Most viewed" list of bare headlines whose first one carries a chip ("Live" /
headline / headline / headline …): the longer headline under the first is the list's
next headline, not the first one's rubric, when a third headline follows it: the list
adds no teaser to the cards over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
CARDS = (
    "Harbour Gazette\nHome\nOpinion\nSport\n"
    "Transport\n"
    "Ferry fares to rise by a tenth from January, operator says\n"
    "The island route's operator blames fuel costs and a new crew agreement, and says"
    " winter sailings will be cut to two a day\n"
    "27 Nov 2026\n"
    "Housing\n"
    "Council approves 400 homes on former dockyard site\n"
    "Residents had objected to the height of two towers planned at the water's edge, and"
    " the developer cut one by four storeys\n"
    "25 Nov 2026\n"
)
MOST_VIEWED = (
    "\nMost viewed\n1\nLive\n"
    "Budget live: chancellor sets out tax plans to MPs\n"
    "2\nHeavy rain brings flooding to coastal towns for a second weekend running\n"
    "3\nThe lighthouse keeper who logged every storm for forty years and never missed a night\n"
    "4\nCity hospital trust names new chief executive after year-long search\n"
    "About us\nContact us\n"
)


def _titles(text: str) -> list[str]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [draft.title for draft in drafts]


def test_chipped_first_headline_of_a_list_is_no_teaser() -> None:
    assert _titles(CARDS + MOST_VIEWED) == _titles(CARDS)
