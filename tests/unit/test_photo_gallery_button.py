"""ui_phrases: the button over a lead photo's caption ("Open this photo in gallery:") is UI,
dropped whole; the caption under it keeps its credit."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize("line", ["Open this photo in gallery:", "View this photo in gallery"])
def test_a_lead_photos_gallery_button_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_a_sentence_about_a_gallery_stays() -> None:
    line = "Visitors can open this photo in gallery three of the museum's new wing."
    assert classify(line) is None
