"""captions.is_agency: Adnkronos, an Italian news agency, is an agency's one-word name (its
name alone over a story's headline or in the byline's place is the story's source);
a word of the page is none."""

from streams.captions import is_agency


def test_adnkronos_is_an_agency() -> None:
    assert is_agency("Adnkronos")


def test_a_topic_word_is_no_agency() -> None:
    # must-stay: a topic kicker over a headline
    assert not is_agency("Bahnstreik")
