"""A label before the seconds-ago words nobody counts ("Updated a few seconds ago") is a
stamp of the fetch time, as the words alone are; the article "a" in them is no preposition
of the label."""

from datetime import UTC, datetime

from streams.timestamps import find_time, resolve_time

_FETCHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def test_a_label_before_a_few_seconds_ago_is_a_stamp() -> None:
    assert find_time("Updated a few seconds ago") == "Updated a few seconds ago"
    assert resolve_time("Updated a few seconds ago", _FETCHED) == _FETCHED


def test_last_updated_less_than_a_minute_ago_is_the_fetch_time() -> None:
    assert resolve_time("Last updated less than a minute ago", _FETCHED) == _FETCHED


def test_a_long_labelled_line_of_other_words_is_no_stamp() -> None:
    # must-stay: words that are no stamp's after a label
    assert find_time("Updated the guidance for visitors") is None
