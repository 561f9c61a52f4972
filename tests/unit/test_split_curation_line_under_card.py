"""An aggregator's curation line under a card ("Flipped by Ana Lee into Ocean Watch",
"Flipped into Ocean Watch by Ana Lee") says who collected the story: no card of its own
and no text of the card above, even where the card's author and stamp stand on lines of
their own over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


TOPIC_PAGE = """\
Oceans
Top Stories
Marine Daily
Coral reefs in the Red Sea show rare resistance to warming waters
Researchers found that corals in the northern gulf recovered within weeks of a heat spike.
Nadia Haddad
·
2h
Flipped by Ana Lee into Ocean Watch
Coastal Times
Fishing fleets agree to pause trawling near seagrass meadows
The voluntary ban covers three bays until the end of the spawning season in June.
Tom Ridley
·
5h
Sea Science Weekly
Seabird numbers rebound on islands cleared of rats
Surveys counted twice as many nesting pairs as before the eradication programme.
Priya Nair
·
Yesterday
"""


def test_curation_line_is_no_card() -> None:
    drafts = split(TOPIC_PAGE)
    assert [draft.title for draft in drafts] == [
        "Coral reefs in the Red Sea show rare resistance to warming waters",
        "Fishing fleets agree to pause trawling near seagrass meadows",
        "Seabird numbers rebound on islands cleared of rats",
    ]
    assert all("Flipped" not in draft.body for draft in drafts)


def test_curation_line_naming_the_magazine_first_is_dropped() -> None:
    text = TOPIC_PAGE.replace(
        "Flipped by Ana Lee into Ocean Watch", "Flipped into Ocean Watch by Ana Lee"
    )
    drafts = split(text)
    assert len(drafts) == 3
    assert all("Flipped" not in draft.body for draft in drafts)
