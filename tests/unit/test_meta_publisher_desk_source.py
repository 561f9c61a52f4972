"""A card's meta line naming a publisher and its desk before the age ("PA Media: UK News ·
5 hours ago") gives both the card's source, the whole name, and its stamp; a one-word label
before a colon ("Watch: Highlights · 2h") is no publisher."""

from streams.split_lines import _meta


def test_a_publisher_and_its_desk_before_the_age_is_the_source() -> None:
    assert _meta("Harbour Wire: Scotland News · 5 hours ago") == (
        "Harbour Wire: Scotland News",
        "5 hours ago",
    )


def test_a_one_word_label_before_a_colon_is_no_publisher() -> None:
    assert _meta("Watch: Highlights · 2 hours ago") != ("Watch: Highlights", "2 hours ago")
