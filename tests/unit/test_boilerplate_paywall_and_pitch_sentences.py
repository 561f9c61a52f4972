"""boilerplate: a paywall's question and offer, a login pitch, a prompt to read the site's other
news, a donation pitch's reasons, a streaming trial offer and a recipe page's prompts, printed
in full sentences inside the text, are the site's furniture (auditors' B-17, B-20, B-21, A-14,
A-16; tuning b238's recipe page)."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line",
    [
        "Wil je dit artikel lezen?",
        "Word abonnee en lees onbeperkt alle artikelen.",
        "Al abonnee? Log in",
        "Gratis onbeperkt toegang tot Sportwereld? Dat kan! Log in of maak een account aan.",
        "📰 ¿Ya se enteró de nuestras últimas noticias? Lo invitamos a verlas en nuestra portada.",
        "At The Courier, we believe in the importance of journalism. Recognizing that not everyone"
        " can afford costly news subscriptions, we deliver news that remains freely accessible"
        " to all.",
        "Watch every game of the season live on Streamly. New to Streamly? Try 14-Days Free Now >",
        "Did you make this recipe? Take a photo and tag us on Instagram.",
        "Search our Recipe Finder database of more than 5,000 tested recipes.",
    ],
)
def test_a_pitch_in_sentences_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Wil je dit artikel lezen, dan moet je eerst een account aanmaken, zei de woordvoerder.",
        "Abonnees krijgen vanaf januari onbeperkt toegang tot het archief van de krant.",
        "Not everyone can afford news subscriptions, the survey of 2,000 households found.",
        "New to the club, the striker said he was free to play from Saturday.",
        "Investigators had to search our client's database of 3,000 invoices, the lawyer said.",
    ],
)
def test_a_story_sentence_on_the_same_subject_stays(line: str) -> None:
    assert classify(line) is None
