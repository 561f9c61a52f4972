"""ui_phrases: the site's pitch to follow it on a messaging app ("Keep up with all the latest
news … by following X"), under the topic chips of "Related Topics", is no card's summary:
it is dropped, the chip over it reads as no teaser, and the "More from" cards under it keep
their own titles and stamps."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 10, 14, 12, 0, tzinfo=UTC)

PAGE = (
    "Home\n"
    "UK\n"
    "Money\n"
    "Money\n"
    "Water bills to rise 6% in April: What it means for you\n"
    "The regulator has approved the increase. Here is what changes and who can get help.\n"
    "Tuesday 14 October 2026 07:40, UK\n"
    "Water bills in England and Wales will rise by an average of 6% from April after the "
    "regulator approved the companies' spending plans.\n"
    "The increase adds about £34 a year to a typical household bill, which will reach "
    "£603.\n"
    "Customers who struggle to pay can apply for a social tariff, which cuts bills by up to "
    "half, the regulator said.\n"
    "Related Topics\n"
    "Energy\n"
    "Ofwat\n"
    "Cost of living\n"
    "Follow Daily Wire News on WhatsApp\n"
    "Keep up with all the latest news from the UK and around the world by following "
    "Daily Wire News\n"
    "Tap here\n"
    "More from Daily Wire News\n"
    "Train fares to rise by 3.9% in March\n"
    "2 hrs ago\n"
    "Business\n"
    "Mortgage rates fall for the third week in a row\n"
    "4 hrs ago\n"
    "Money\n"
)


def test_a_topic_chip_over_the_follow_pitch_is_no_card() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts if draft.role == "related"] == [
        "Train fares to rise by 3.9% in March",
        "Mortgage rates fall for the third week in a row",
    ]
