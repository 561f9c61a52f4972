"""split_body: the next story printed under the lead's text with its author's bare name and
newsroom role ("headline" / "Tom Hadley" / "Local democracy reporter" / paragraphs) ends
the lead, as a "By" byline under a headline does (audit C's P-2)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

LEAD = (
    "Local\n"
    "Ferry fares to rise by 8% from the new year\n"
    "By Aisha Mensah\n"
    "27 November 2026\n"
    "Ferry fares on the island routes will rise by 8% from January, the operator said on "
    "Wednesday, blaming fuel and crew costs.\n"
    "Season tickets for residents will rise by less, at 5%.\n"
    "Island councillors said the rise would hit commuters hardest.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_next_story_under_a_bare_name_and_newsroom_role_ends_the_lead() -> None:
    page = LEAD + (
        "Swimming pool to reopen after two-year refurbishment\n"
        "Owen Pritchard\n"
        "Local democracy reporter\n"
        "The town's swimming pool will reopen on Saturday after a two-year refurbishment.\n"
        "The work cost £4.2m and includes a new learner pool.\n"
        "Opening hours will be longer at weekends.\n"
    )
    lead = split(page)[0]
    assert "Island councillors said" in lead.body
    assert "The town's swimming pool" not in lead.body
    assert "learner pool" not in lead.body


def test_a_story_about_a_journalist_under_a_caption_name_and_role_goes_on() -> None:
    # must-stay (audit C's P-1 family): the text under the name speaks of the person
    page = LEAD + (
        "Aisha Mensah on board the morning ferry earlier this year\n"
        "Aisha Mensah\n"
        "Transport correspondent\n"
        "Mensah has travelled on every route the operator runs over the past year.\n"
        "She found delays on one crossing in four.\n"
        "The operator said it was investing in new vessels.\n"
    )
    body = split(page)[0].body
    assert "Mensah has travelled" in body
    assert "investing in new vessels" in body


def test_a_crosshead_over_a_quoted_experts_name_and_role_goes_on() -> None:
    # must-stay: an expert's box under a crosshead ("Housing lawyer": no newsroom role)
    page = LEAD + (
        "What the rise means for families on the islands\n"
        "Megan Price\n"
        "Transport economist\n"
        "Families who travel to the mainland each week will pay about £90 more a year.\n"
        "Those on low incomes can apply for a discount card.\n"
        "The scheme closes at the end of March.\n"
    )
    body = split(page)[0].body
    assert "Families who travel to the mainland" in body
    assert "The scheme closes" in body
