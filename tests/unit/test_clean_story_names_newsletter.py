"""clean: story text that names a newsletter stays. A pitch its writers are said to have
written ("Sign up to the newsletter, the organisers wrote, …") is reported speech, no
pitch: it anchors no newsletter box, so the story's sentence on the parish newsletter over
it stays (auditor B's PE-B3, B03). A pitch in the site's own voice still sells."""

from streams.boilerplate import Kind, classify, is_pitch
from streams.clean import clean_page
from streams.model import RawPage

WRITTEN = (
    "Sign up to the newsletter, the organisers wrote, and you will hear first when the shop "
    "reopens."
)


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_story_sentence_on_a_parish_newsletter_over_a_written_pitch_stays() -> None:
    sentence = "The appeal was launched in the parish newsletter in September."
    assert not is_pitch(WRITTEN)
    lines = lines_of(
        "A village shop due to close in January has been saved after residents bought shares.",
        sentence,
        WRITTEN,
        "More than 400 people bought shares, some for as little as £10.",
    )
    assert sentence in lines


def test_must_stay_pitches_in_the_sites_voice() -> None:
    for pitch in (
        "Sign up to our newsletter and you will hear first when we publish.",
        "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die News.",
    ):
        assert is_pitch(pitch), pitch
        assert classify(pitch) is Kind.DROP, pitch
