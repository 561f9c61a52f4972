"""An aggregator's link to the rest of the story at its publisher ("Lire la suite sur Le
HuffPost", "Continue reading on …") is furniture: no body text, and no card title of the rail
under it."""

from streams.boilerplate import classify


def test_a_link_to_the_rest_of_the_story_at_its_publisher_is_furniture() -> None:
    for line in (
        "Lire la suite sur Le HuffPost",
        "Continue reading on The Independent",
        "Weiterlesen auf t-online.de",
        "Seguir leyendo en El País",
        "Continua a leggere su Il Post",
        "Lees verder op NU.nl",
    ):
        assert classify(line) is not None, line


def test_a_story_sentence_naming_the_rest_of_a_report_stays_text() -> None:
    # must stay: the words inside a sentence (not its opening) are no link
    assert (
        classify("Le ministre invite les parents à lire la suite sur le site du ministère.") is None
    )
    assert classify("Readers can continue reading on paper or online, the publisher said.") is None
