"""Topic kickers over card titles in a hyphenated compound ("Ukraine-Krieg") or with the year
they are about ("Haushalt 2027"): no publishers, like a one-word kicker ("Wetter")."""

from streams.split_page import _kicker_word


def test_topic_word_shapes() -> None:
    # (what ``_kicker_word_sources`` and the page's count of kickers ask of a name over a title)
    assert _kicker_word("Wetter")
    assert _kicker_word("Nahost-Konflikt")
    assert _kicker_word("Etat 2027")
    # a masthead: the outlets' vocabulary reads it, or it ends on a place
    assert not _kicker_word("Rhein-Zeitung")
    assert not _kicker_word("Ouest-France")
    # a name with a number that is no year (a station), an agency
    assert not _kicker_word("Radio 538")
    assert not _kicker_word("Reuters")
