"""split: two authors each with the place they write from ("Kwabena Owusu in Accra and
Siobhán Ní Bhriain in Dublin") are a byline even when neither first name is a listed one:
no heading lists two "Name in Place"; one "Name in Place" alone still needs a known first
name (a chart's "Verkaufte Neuwagen in Sachsen" is none)."""

from streams.split_lines import _is_byline


def test_two_authors_in_places_are_a_byline_without_known_first_names() -> None:
    assert _is_byline("Kwabena Owusu in Accra and Siobhán Ní Bhriain in Dublin")


def test_one_heading_in_a_place_is_still_no_byline() -> None:
    assert not _is_byline("Verkaufte Neuwagen in Sachsen")
    assert not _is_byline("Most Read in Sport")
