"""A header's meta line that closes on a reading time ("Harbour Times · 3h · 4 min read")
is the story's source and age, not a UI line to drop; an ad's line of the same shape
("Sponsored · 2 days ago · 4 min read") prints a UI word where the name stands."""

from streams.boilerplate import classify


def test_a_named_age_before_a_reading_time_is_kept() -> None:
    assert classify("Harbour Times · 3h · 4 min read") is None
    assert classify("Valley Courier · 2 hours ago · 6 min read") is None


def test_an_ad_word_before_the_age_is_still_ui() -> None:
    assert classify("Sponsored · 2 days ago · 4 min read") is not None
    assert classify("4 min read") is not None
