"""boilerplate / clean: "every" and "each" say how often a newsletter comes only before a
time ("every Thursday", "each morning", "chaque semaine"); a story's last sentence counting
what it names ("Each ward will have its own nurse.") over a follow prompt is no newsletter
box's description and stays in the text (``describes_newsletter``)."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import describes_newsletter
from streams.clean import clean_page
from streams.model import RawPage


@pytest.mark.parametrize(
    "line",
    [
        "Our best stories, every Thursday.",
        "Get the headlines each morning.",
        "Chaque semaine, le meilleur de nos enquêtes.",
        "Elke dag het nieuws uit de regio.",
    ],
)
def test_every_before_a_time_describes_a_newsletter(line: str) -> None:
    assert describes_newsletter(line)


@pytest.mark.parametrize(
    "line",
    ["Each ward will have its own nurse.", "Every household will get a new bin."],
)
def test_every_before_what_a_story_counts_describes_no_newsletter(line: str) -> None:
    assert not describes_newsletter(line)


def test_a_story_sentence_over_a_channel_prompt_stays_in_the_text() -> None:
    text = (
        "Hospital to open two new children's wards next month\n"
        "Updated on: 2 Jun 2026, 9:40 am\n"
        "The district hospital will open two new children's wards in July, the health "
        "department said on Tuesday.\n"
        "Each ward will have its own nurse.\n"
        "Follow The Valley Post channel on WhatsApp\n"
    )
    lines = clean_page(RawPage(text=text, fetched_at=datetime(2026, 6, 2, tzinfo=UTC))).lines
    assert "Each ward will have its own nurse." in lines
