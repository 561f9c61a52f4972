"""A card printed title / summary / source / stamp ends at the heading under its stamp
(auditor A's P4: the next block's title + source card was glued into its text), as a
title / summary / stamp card does; a story's header in that shape keeps the text that goes
on under a "Related" box below its stamp (two long paragraphs in a row)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 2, 8, 0, tzinfo=UTC)
URL = "https://pressreel.example/story/port-strike"

PARAGRAPHS = (
    "Dockers at the city's container terminal stopped work at dawn on Friday after talks on "
    "night-shift allowances broke down late on Thursday, leaving more than forty ships "
    "waiting offshore.\n"
    "The union said its members had been offered a rise well below inflation and that the "
    "employer had refused to discuss staffing levels on the busiest berths.\n"
    "The terminal operator said it regretted the action and remained open to talks, adding "
    "that perishable cargo would be moved to other ports where possible.\n"
)
SUMMARY = "Importers are already paying extra to divert containers to the northern ports."
# (a headline closing on a quotation reads as a sentence, no bare link to drop)
NEXT_BLOCK = 'More stories\nMayor calls the walkout a "test of patience"\nAAP\n'
CARDS = (
    "More stories\n"
    "Coastal Times\n1 hour ago\nRetailers warn of empty shelves if the strike lasts a week\n"
    "Valley Herald\n3 hours ago\nAirport baggage handlers vote on a new pay offer\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_card_with_source_over_stamp_under_summary_ends_at_the_next_heading() -> None:
    text = (
        "Pressreel\nFor you\nHarbour Gazette\n2 hours ago\n"
        "Port workers walk out over night-shift pay as cargo backs up\n"
        f"{PARAGRAPHS}"
        "Full coverage\n"
        "Ferry timetable cut as crews join solidarity action\nCoastal Times\n1 hour ago\n"
        f"Retailers warn of empty shelves if the strike lasts a week\n{SUMMARY}\n"
        f"Valley Herald\n3 hours ago\n{NEXT_BLOCK}"
    )
    drafts = split(text)
    card = drafts[-1]
    assert card.title == "Retailers warn of empty shelves if the strike lasts a week"
    assert (card.source, card.time_text, card.body) == ("Valley Herald", "3 hours ago", SUMMARY)


def test_story_header_with_source_over_stamp_keeps_its_text_under_a_related_box() -> None:
    """Must stay: headline / standfirst / source / stamp, a "Related" box, then the text."""
    text = (
        "Pressreel\nFor you\n"
        "Port workers walk out over night-shift pay as cargo backs up\n"
        "Talks on night-shift allowances broke down late on Thursday.\n"
        "Harbour Gazette\n2 hours ago\n"
        "Related\nFerry timetable cut as crews join solidarity action\n"
        f"{PARAGRAPHS}{CARDS}"
    )
    lead = split(text)[0]
    assert lead.title == "Port workers walk out over night-shift pay as cargo backs up"
    assert "perishable cargo would be moved to other ports" in lead.body


def test_story_header_with_stamp_keeps_its_text_under_a_related_box() -> None:
    """Headline / standfirst / stamp, a "Related" box, then the text: the text is the
    story's, not cut at the box's heading."""
    text = (
        "Pressreel\nFor you\n"
        "Port workers walk out over night-shift pay as cargo backs up\n"
        "Talks on night-shift allowances broke down late on Thursday.\n"
        "2 hours ago\n"
        "Related\nFerry timetable cut as crews join solidarity action\n"
        f"{PARAGRAPHS}{CARDS}"
    )
    lead = split(text)[0]
    assert lead.title == "Port workers walk out over night-shift pay as cargo backs up"
    assert "perishable cargo would be moved to other ports" in lead.body
