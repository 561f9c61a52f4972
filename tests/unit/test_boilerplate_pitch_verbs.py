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


PAYWALLED = """\
The Daily Courier
News
Sport
Council approves £40m plan to rebuild town centre
By Priya Shah
10 March 2026
Councillors voted 31 to 12 on Tuesday night to approve a £40m plan to rebuild the town centre, including 400 new homes and a covered market hall.
The scheme will be paid for with a government levelling-up grant and borrowing of £12m.
Want to keep reading? You need to subscribe.
You can access all our stories for just £1.
Subscribe
Already a subscriber? Log in
Terms
Privacy
"""  # noqa: E501


def test_a_paywall_prompt_under_a_story_stays_out_of_its_body() -> None:
    """Must-stay (auditor A's F-2, probe P01): the wall's two sentences go."""
    lines = clean_page(RawPage(text=PAYWALLED, fetched_at=datetime(2026, 3, 10, tzinfo=UTC))).lines
    assert "Want to keep reading? You need to subscribe." not in lines
    assert "You can access all our stories for just £1." not in lines


def test_pitches_selling_an_offer_or_access_still_go() -> None:
    """Must-stay: the nouns sell ("this offer", "unlimited access"), a command sells
    whatever verb follows it, "subscribe" is no sentence's verb, and the site's voice or
    "this" content sells "access" (auditor A's F-2, probe P01)."""
    for line in (
        "Get unlimited access to our journalism for just £1 a month.",
        "You can access this offer until Friday.",
        "Sign up to access your account",
        "Log in to access your account",
        "You can access all our stories for just £1.",
        "Want to keep reading? You need to subscribe.",
        "You must be logged in to access this content.",
    ):
        assert classify(line) is not None, line
