"""An author page's cards print chip / title / summary / date; one prints two authors
instead of a summary (title / "Ann Lee and Bo Kim" / date). The names and the date close
the card of the title over them: no source, and the line under the date (the page's
footer) is no card's title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
The Daily Ledger
Helen Marsh
Helen Marsh is the Ledger's science correspondent
Oceans
Deep-sea mining trial halted after sediment plumes spread further than modelled
Monitoring buoys recorded plumes 40km from the test site, twice the distance predicted \
by the operator's own study
30 Sep 2026
Health
Hospital waiting lists in Wales fall for third month in a row
The number of patients waiting more than two years dropped by a fifth, official figures show
29 Sep 2026
Wildlife
Otters return to every county in England for first time in a century
Helen Marsh and Peter Quinn
26 Sep 2026
Complaints & corrections
Work for us
"""


def test_two_authors_over_the_date_close_the_card_above() -> None:
    drafts = split(PAGE)
    assert [(draft.title, draft.source) for draft in drafts][-1] == (
        "Otters return to every county in England for first time in a century",
        None,
    )
    assert all(draft.title != "Complaints & corrections" for draft in drafts)
