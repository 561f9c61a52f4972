"""A [pitch] word that English uses as a verb too ("offer", "access") is no pitch right
after "to", a modal or "now" ("Several suppliers now offer fixed deals …", "they are
required to offer payment plans"): a consumer explainer's sentence to "you" stays text. The
same words as nouns, or with a command, still sell."""

from datetime import UTC, datetime

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import RawPage

STORY_SENTENCES = [
    "Several suppliers now offer fixed deals slightly below the new cap. Fixing can protect you"
    " from further rises in April, but check the exit fees before you switch.",
    "The Warm Home Discount of £150 will be paid automatically to eligible households by the"
    " end of March. If you are struggling, contact your supplier early – they are required to"
    " offer payment plans.",
    "Patients can access their test results through the health service's website, and you"
    " will be told if a follow-up appointment is needed.",
]


def test_a_pitch_word_used_as_a_verb_in_a_sentence_to_the_reader_is_text() -> None:
    assert [classify(line) for line in STORY_SENTENCES] == [None, None, None]


def test_the_sentences_stay_in_the_cleaned_explainer() -> None:
    page = "\n".join(
        [
            "Energy price cap: what it means for you",
            "By Hannah Reid",
            "3. Should I fix my tariff?",
            STORY_SENTENCES[0],
            "4. What help is available?",
            STORY_SENTENCES[1],
        ]
    )
    lines = clean_page(RawPage(text=page, fetched_at=datetime(2026, 11, 26, tzinfo=UTC))).lines
    assert STORY_SENTENCES[0] in lines
    assert STORY_SENTENCES[1] in lines


def test_pitches_selling_an_offer_or_access_still_go() -> None:
    """Must-stay: the nouns sell ("this offer", "unlimited access"), and a command sells
    whatever verb follows it."""
    for line in (
        "Get unlimited access to our journalism for just £1 a month.",
        "You can access this offer until Friday.",
        "Sign up to access your account",
        "Log in to access your account",
    ):
        assert classify(line) is not None, line
