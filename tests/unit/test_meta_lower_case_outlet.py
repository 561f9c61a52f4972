"""A card's meta line whose publisher is set in lower case, three words ending on an outlet's
word ("spot on news · gestern, 18:40"): the card's source and stamp. Two lower-case words (a
section's, "tech news") and UI ("top news") stay no publisher."""

from streams.split_page import _meta


def test_lower_case_outlet_before_stamp_is_the_source() -> None:
    assert _meta("spot on news · gestern, 18:40") == ("spot on news", "gestern, 18:40")
    assert _meta("spot on news · vor 3 Std.") == ("spot on news", "vor 3 Std.")


def test_lower_case_section_or_label_is_no_source() -> None:
    assert _meta("tech news · 3h") != ("tech news", "3h")
    assert _meta("top news · 3h") != ("top news", "3h")
