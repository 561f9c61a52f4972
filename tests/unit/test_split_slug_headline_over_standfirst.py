"""A short headline the URL's slug spells ("Tomas Lindqvist obituary" on
".../tomas-lindqvist-obituary") right over a long standfirst, with the lead photo's caption
and the author between the standfirst and the stamp: the short line is the lead's
headline and the standfirst opens its body. Before, the standfirst over the caption read as
a title / summary / stamp card's title and the headline was left out."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
HEADLINE = "Tomas Lindqvist obituary"
STANDFIRST = "Marine biologist who mapped the cold-water coral reefs off the Norwegian coast"
TEXT = (
    f"The Chronicle\nNews\nObituaries\nScience\n{HEADLINE}\n{STANDFIRST}\n"
    "Tomas Lindqvist on a research vessel in the Skagerrak in 1988, the year of his first survey.\n"
    "Ingrid Sand\n"
    "Fri 27 Nov 2026 16.05 GMT\n"
    "Tomas Lindqvist, who has died aged 81, spent four decades charting reefs that most "
    "scientists had assumed could not exist in water so cold and so dark.\n"
    "His surveys led to the first protected areas for deep-water corals in Europe, and the "
    "methods he devised are still used by fisheries agencies across the North Atlantic.\n"
    "Born in Gothenburg, he studied zoology at Uppsala before joining the marine station.\n"
)


def split(url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=TEXT, url=url, fetched_at=FETCHED)))


def test_slug_spelled_headline_over_standfirst_is_the_lead_title() -> None:
    drafts = split("https://chronicle.example/science/2026/nov/27/tomas-lindqvist-obituary")
    assert drafts[0].role == "lead"
    assert drafts[0].title == HEADLINE
    assert drafts[0].body.startswith(STANDFIRST)
