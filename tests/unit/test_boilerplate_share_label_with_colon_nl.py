"""A Dutch share bar's label with its colon ("Deel artikel:") stands over the share buttons:
a share bar's words, dropped, not a "Links:" heading whose next lines (the lead picture's
caption and its credit) would go as links."""

from streams.boilerplate import Kind, classify


def test_the_share_label_with_its_colon_is_dropped() -> None:
    assert classify("Deel artikel:") is Kind.DROP


def test_a_links_label_with_its_colon_stays_a_links_heading() -> None:
    assert classify("Links:") is Kind.LINKS
