"""An aggregator's curation line ("Flipped into Ocean Watch by Ana Lee") names who collected
the story and nothing else; a story's sentence that opens on the same words ("Flipped into
the ditch by the gust, the van …") has words of its own and stays in the text."""

from streams.boilerplate import Kind, classify


def test_a_sentence_opening_flipped_into_stays() -> None:
    line = "Flipped into the ditch by a sudden gust, the van came to rest on its side."
    assert classify(line) is None


def test_a_sentence_opening_flipped_by_stays() -> None:
    assert classify("Flipped by the wave, the small boat sank within minutes.") is None


def test_the_curation_line_is_dropped() -> None:
    assert classify("Flipped into Ocean Watch by Ana Lee") is Kind.DROP
    assert classify("Flipped by Ana Lee into The Big Melt") is Kind.DROP
