"""A story's closing sentence telling how often something happens ("Ferries will sail every
20 minutes.", "The fair is held every Sunday.") right under the story's paragraph and over
a site pitch is the story's, no newsletter box's description; a box's description stands
under the box's heading ("Morning Briefing")."""

from streams.clean import clean_page
from streams.model import RawPage

PARAGRAPH = "The harbour authority said repairs to the pier had been finished ahead of schedule."
PITCH = "Download our app for breaking news alerts and the latest headlines from the region."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_closing_sentence_with_every_stays_over_a_pitch() -> None:
    for closing in ("Ferries will sail every 20 minutes.", "The fair is held every Sunday."):
        lines = lines_of("Pier reopens after repairs", PARAGRAPH, closing, PITCH)
        assert closing in lines, closing
        assert PITCH not in lines


def test_a_description_under_the_box_heading_goes() -> None:
    description = "The region's top stories, every morning."
    lines = lines_of(
        "Pier reopens after repairs", PARAGRAPH, "Morning Briefing", description, PITCH
    )
    assert description not in lines
    assert PARAGRAPH in lines
