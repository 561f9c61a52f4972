"""A headline over a longer standfirst, a byline and a stamp, over a short story's text of
three sentences or more (under 40 words): the upper line is the headline and the standfirst
opens the body. Before, a text that short read as a card's summary and the standfirst was
swapped in as the title (as under "a long kicker over the headline")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

HEADLINE = "Harbour ferry fares rise again. Commuters say enough is enough"
STANDFIRST = "Operators blame fuel costs for the third increase in a year on the island routes"
HEADER = (
    f"Island Courier\nNews\nTransport\n{HEADLINE}\n{STANDFIRST}\nBy Ruth Caddell\n28 Nov 2026\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_short_story_keeps_its_headline_over_the_standfirst() -> None:
    text = (
        HEADER + "Single tickets will cost £4.80 from January.\n"
        "Season tickets rise by eight per cent.\n"
        "The council said it would review the subsidy.\n"
    )
    drafts = split(text)
    assert [draft.title for draft in drafts] == [HEADLINE]
    assert drafts[0].body.startswith(STANDFIRST)
