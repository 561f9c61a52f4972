"""Widgets and pitches set into or under the text: a podcast player's label over its episode
and length, a podcast box's heading over its episodes, a "Volgen" button, a republishing
widget's button and licence note, a quiz heading and counter, a magazine's issue note ending
on a pitch, a broker's risk disclosure, an aggregator's "Weiterlesen mit …" link, an ad-free
trial offer, a Spanish "Leer más" heading over its links, a partner newsroom's note, a "The
Source:" note. A story's sentences about podcasts, licences and risks stay."""

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.pipeline import process_page


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


STORY = (
    "Harbour Bridge tolls to rise in March\n"
    "Tolls on the Harbour Bridge will rise by 40 cents from March 1, the transport "
    "authority said on Monday.\n"
)
GOES_ON = "The authority said the money would pay for repairs to the deck and its cables.\n"


def test_podcast_player_label_goes_with_its_episode_and_length() -> None:
    text = (
        STORY
        + "Listen to the Harbour City Money Podcast\n"
        + "Episode 12: Who really pays for our roads?\n"
        + "31:05\n"
        + GOES_ON
    )
    lines = lines_of(text)
    assert _gone(lines, "Listen to the Harbour City Money Podcast")
    assert _gone(lines, "Episode 12")
    assert _gone(lines, "31:05")
    assert not _gone(lines, "pay for repairs to the deck")


def test_sentence_about_a_podcast_stays() -> None:
    line = "Listen to the podcast that started it all, the host told the audience."
    text = STORY + line + "\n" + GOES_ON
    assert not _gone(lines_of(text), "Listen to the podcast that started it all")


def test_podcast_box_heading_takes_its_episodes() -> None:
    text = (
        STORY
        + GOES_ON
        + "Listen to these podcasts\n"
        + "From: The Morning Call\n"
        + "Why are bridge tolls going up everywhere?\n"
    )
    bodies = [event.body for event in process_page(RawPage(text=text))]
    assert not any("Why are bridge tolls" in body for body in bodies)
    assert "pay for repairs to the deck" in bodies[0]


def test_widget_buttons_and_notes_are_dropped() -> None:
    for line in (
        "Volgen",
        "REPUBLISH",
        "Become a Patron",
        "Test your knowledge",
        "Question 1 of 5",
        "Vraag 1 van 8",
        "Our stories may be republished online or in print under Creative Commons license "
        "CC BY-NC-ND 4.0.",
        "This article originally appeared in the May 2026 issue of Harbour Monthly with the "
        "headline “Toll Road.” Subscribe today.",
        "Risk Disclosure: Trading in financial instruments involves high risks including the "
        "risk of losing some, or all, of your investment amount.",
        "Weiterlesen mit Nachrichten App",
        "Jetzt 2 Wochen Hafenblatt PLUS testen – ohne Werbung und ohne Tracking",
        "Harbour Health Desk is a national newsroom that produces in-depth journalism about "
        "health issues.",
        "LDR is local body journalism co-funded by Radio Harbour and the Media Fund.",
        "The Source: Information in this article came from the transport authority.",
    ):
        assert classify(line) is Kind.DROP, line


def test_story_sentences_with_the_same_words_stay() -> None:
    for line in (
        "The photographers released the pictures under a Creative Commons licence last year.",
        "The risk disclosure rules for brokers were tightened in 2024, the regulator said.",
        "Viele Leser wollen Nachrichten ohne Werbung lesen, sagte die Verlegerin.",
        "The newsroom, which produces a weekly show, said journalism there had never paid.",
        "The source of the leak has not been found, the authority said.",
    ):
        assert classify(line) is None, line


def test_spanish_read_more_heading_takes_its_headlines() -> None:
    text = (
        "Suben las tarifas del puente del puerto\n"
        "Las tarifas del puente del puerto subirán 40 centavos desde marzo, informó el lunes "
        "la autoridad de transporte.\n"
        "Leer más\n"
        "El precio del peaje en la costa sube por tercera vez\n"
        "Cómo afecta el aumento a los camioneros\n"
        "La autoridad dijo que el dinero se destinará a reparar la calzada y los cables.\n"
    )
    bodies = [event.body for event in process_page(RawPage(text=text))]
    assert not any("Cómo afecta el aumento" in body for body in bodies)
    assert "reparar la calzada" in bodies[0]
