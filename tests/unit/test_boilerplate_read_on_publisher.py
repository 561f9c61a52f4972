"""An aggregator's link to the rest of the story at its publisher ("Lire la suite sur Le
HuffPost", "Continue reading on …"): the phrase and a publisher's name only is furniture, no
body text and no card title of the rail under it; a sentence opening with the same words
stays (auditor C's C-5)."""

from streams.boilerplate import classify


def test_a_link_to_the_rest_of_the_story_at_its_publisher_is_furniture() -> None:
    for line in (
        "Lire la suite sur Le HuffPost",
        "Continue reading on The Independent",
        "Weiterlesen auf Spiegel Online",
        "Seguir leyendo en El País",
        "Continua a leggere su Il Post",
        "Lees verder op De Telegraaf",
    ):
        assert classify(line) is not None, line


def test_a_story_sentence_opening_with_the_words_stays_text() -> None:
    # must stay (auditor C's C-5: probes C10, C11, C13): words of the sentence's own follow
    for line in (
        "Lire la suite sur papier reste la préférence de 70 % des lecteurs, qui jugent l'écran "
        "fatigant.",
        "Weiterlesen auf eigene Gefahr, heißt es augenzwinkernd auf dem Umschlag.",
        "Seguir leyendo en voz alta a los niños mejora su vocabulario, según el estudio.",
        "Continua a leggere su carta il 60% degli italiani, secondo l'indagine.",
        "Le ministre invite les parents à lire la suite sur le site du ministère.",
    ):
        assert classify(line) is None, line
