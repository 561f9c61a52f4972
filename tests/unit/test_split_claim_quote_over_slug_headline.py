"""A fact check prints the claim it checks, a quotation in full, and the verdict over a
first stamp, right over its own headline, byline and stamp: the headline the URL's slug
names is the lead's title, the claim no card of its own. Before, the quotation over the
first stamp was read as the lead's headline. Without the slug naming the line under it, a
quoted headline over its stamp stays a headline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
CLAIM = "“The city council has voted to close every public library by next summer.”"
HEADLINE = "No, the Riverton council did not vote to close its libraries"
TEXT = (
    "The Checker\nFact-checks\nPromises\n"
    "stated on November 20, 2026 in a Facebook post:\n"
    f"{CLAIM}\n"
    "False\n"
    "Published November 26, 2026\n"
    f"{HEADLINE}\n"
    "By Dana Whitfield\n"
    "November 26, 2026\n"
    "A Facebook post shared thousands of times claims the Riverton city council voted to "
    "close all of its public libraries by the summer of 2027.\n"
    "The council's agenda and minutes for November show no such vote, and the library "
    "budget for next year was approved with a small increase on Nov. 18.\n"
    "A council spokesperson told us the claim was false and that no closures were planned.\n"
    "We rate this claim False.\n"
)


def split(url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=TEXT, url=url, fetched_at=FETCHED)))


def test_the_slug_named_headline_under_a_quoted_claim_is_the_lead_title() -> None:
    drafts = split(
        "https://checker.example/factchecks/2026/nov/26/no-riverton-council-did-not-vote-close-libraries/"
    )
    assert [draft.title for draft in drafts] == [HEADLINE]
    assert drafts[0].role == "lead"
    assert "A Facebook post shared thousands" in drafts[0].body
    assert CLAIM not in drafts[0].body


def test_without_the_slug_the_claim_card_stays() -> None:
    drafts = split("https://checker.example/factchecks/2026/nov/26/")
    assert CLAIM in [draft.title for draft in drafts]
