"""split: a story over a list of cards laid out like it keeps its lead (must-stay tests
kept from the reverted ``_first_of_cards`` rule)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 8, 4, 6, 30, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS = """\
Why economists are split on where inflation goes next
Two of the big four banks now expect the next move to be a cut; two expect the Reserve Bank \
to sit tight until well into 2027.
By Nadia Kerr
Posted 3h ago
Families in Penrith hoped for more after the central bank's decision
Families in Penrith and Blacktown who refinanced at the peak say another month without \
relief means more cuts to the grocery bill.
By Ollie Grant and Mia Tran
Posted 4h ago
What the decision means for your home loan repayments
On a $600,000 mortgage, the cuts earlier this year saved borrowers about $190 a month. \
Here's what happens if the next one arrives in November.
Posted 5h ago
"""


def test_a_lead_with_text_under_its_stamp_keeps_its_lead() -> None:
    """Must stay: a story (deck over its stamp, then its text) over a card list is the lead."""
    page = (
        """\
RBA holds cash rate at 3.35pc but opens the door to a November cut
The Reserve Bank has left rates unchanged for a third straight meeting.
By Hana Petrov
Posted 1h ago
The board said services inflation had eased faster than it expected in the June quarter, \
and that it would watch the labour market closely before its next meeting in November.
Economists at two of the big four banks now expect a cut before Christmas.
"""
        + CARDS
    )
    drafts = split(page)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "RBA holds cash rate at 3.35pc but opens the door to a November cut"
    assert "Economists at two of the big four banks" in drafts[0].body
    assert all(draft.role == "related" for draft in drafts[1:])


def test_a_lead_over_a_headed_card_list_keeps_its_lead() -> None:
    """Must stay: a short story whose only paragraph stands over its stamp, a "More" heading
    between it and the cards: the heading ends the story, the cards are another block."""
    page = (
        """\
RBA holds cash rate at 3.35pc but opens the door to a November cut
The Reserve Bank has left rates unchanged for a third straight meeting, but the Governor's \
softer language on services inflation has markets betting on a cut before Christmas, and the \
dollar fell half a cent within minutes of the decision.
By Hana Petrov
Posted 1h ago
More on interest rates
"""
        + CARDS
    )
    drafts = split(page)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "RBA holds cash rate at 3.35pc but opens the door to a November cut"


# audit A8: a paywalled article shows only its headline / deck / byline / date, the section's
# next stories right under it, laid out alike (the prompt "Subscribe …" cleaned away or absent)
PAYWALLED = """\
Markets
Pension funds pull billions from private equity as returns fade
Large schemes are cutting allocations for the first time in a decade, citing high fees and \
slow payouts from older funds.
By Helen Marsh
28 November 2026
{prompt}Insurers brace for record claims after autumn storms
Losses from the season's storms could exceed $12bn, according to early industry estimates.
By Tom Reed
27 November 2026
Why bond investors are betting on rate cuts
Yields have fallen sharply since the central bank signalled a change of course.
By Ana Ruiz
27 November 2026
"""
STORY_URL = (
    "https://www.example-journal.com/markets/2026/11/28/"
    "pension-funds-pull-billions-from-private-equity"
)


def _split_at(url: str, text: str) -> list[ArticleDraft]:
    return split_articles(
        clean_page(RawPage(text=text, url=url, fetched_at=datetime(2026, 11, 28, 12, tzinfo=UTC)))
    )


@pytest.mark.parametrize("prompt", ["Subscribe to continue reading\n", ""])
def test_a_paywalled_story_whose_slug_names_its_headline_keeps_its_lead(prompt: str) -> None:
    """Must stay (audit A8, probes l18 / l18b): the URL's slug names the first headline, the
    page is that story's: its lead, the cards under it related."""
    drafts = _split_at(STORY_URL, PAYWALLED.format(prompt=prompt))
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    assert drafts[0].title == "Pension funds pull billions from private equity as returns fade"
    assert drafts[0].body.startswith("Large schemes are cutting allocations")
