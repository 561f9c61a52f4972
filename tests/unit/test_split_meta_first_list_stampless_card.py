"""In a list whose cards open on a "Source · 3h" line over their title, a card printed
without a stamp (source / title / summary) leaves the next card's meta line right under its
summary: that line opens the title under it, as the cards before did, and does not close
the stampless card (which would read every card after it one card off)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FEED = """\
Science
Top Stories
Lab Notes · 4h
Astronomers spot a comet that will pass close to Mars next spring
The icy visitor was found in archive images from a survey telescope in Chile.
Field Weekly · 6h
Beavers are back in the river valley after four hundred years
Ecologists say the dams have already raised the water table on nearby farms.
Orbit Post
Private lander reaches lunar orbit ahead of its landing attempt
The spacecraft will try to set down near the south pole of the Moon next week.
Quantum Daily · 1d
New chip keeps qubits stable for a record ten seconds
Engineers cooled the device below the temperature of deep space.
Green Ledger · 9h
Offshore wind farm powers a city of half a million for a full day
Health Brief · 11h
Daily walk of twenty minutes cuts heart risk, study finds
Researchers followed thirty thousand adults for more than a decade.
"""


def test_meta_line_under_stampless_card_opens_next_card() -> None:
    drafts = split(FEED)
    titles = [draft.title for draft in drafts]
    assert titles == [
        "Astronomers spot a comet that will pass close to Mars next spring",
        "Beavers are back in the river valley after four hundred years",
        "Private lander reaches lunar orbit ahead of its landing attempt",
        "New chip keeps qubits stable for a record ten seconds",
        "Offshore wind farm powers a city of half a million for a full day",
        "Daily walk of twenty minutes cuts heart risk, study finds",
    ]
    assert (drafts[2].source, drafts[2].time_text) == ("Orbit Post", None)
    assert (drafts[3].source, drafts[3].time_text) == ("Quantum Daily", "1d")
    assert drafts[3].body.startswith("Engineers cooled the device")
