"""A site's disclaimer under the text ("Disclaimer: The views of columnists … are their own"),
also when it names the site instead of saying "we": the site's note, no article text. A story's
sentence about disclaimers stays."""

from streams.clean import clean_page
from streams.model import RawPage

NOTE = (
    "Disclaimer: The Valdora Post encourages freedom of speech and the expression of diverse "
    "views. The views of columnists published on The Valdora Post are therefore their own."
)


def _lines(last: str) -> tuple[str, ...]:
    text = (
        "The unit was synchronised to the national grid shortly after 05:00, the utility said.\n"
        "Energy analyst Chris Yelland said the return of the unit was good news for supply.\n"
        f"{last}\n"
    )
    return clean_page(RawPage(text=text)).lines


def test_a_sites_disclaimer_under_the_text_goes() -> None:
    lines = _lines(NOTE)
    assert not any("freedom of speech" in line for line in lines)
    assert any(line.startswith("Energy analyst Chris Yelland") for line in lines)


def test_must_stay_a_story_sentence_about_disclaimers() -> None:
    for sentence in (
        "Disclaimers on cigarette packs will double in size from July, the minister said.",
        "Disclaimer rules for influencers were tightened on Monday, the regulator said.",
    ):
        assert sentence in _lines(sentence), sentence


QUOTED = (
    "Disclaimer: This film is a work of fiction inspired by real events, and it does not "
    "intend to hurt the religious sentiments of any community or individual."
)


def test_must_stay_a_disclaimer_the_text_quotes_under_its_colon() -> None:
    # auditor C's probe C-7 (W09): the court's ordered disclaimer, announced by the text
    text = (
        "The Bombay High Court on Tuesday allowed the release of the film on Friday, on the "
        "condition that the makers add a disclaimer before the opening credits.\n"
        "The court ordered that the following text be shown on screen for at least 10 seconds:\n"
        f"{QUOTED}\n"
        "The petitioners had argued that the film portrayed a community in a poor light and "
        "sought a ban on its release.\n"
    )
    assert QUOTED in clean_page(RawPage(text=text)).lines


def test_a_long_disclaimer_under_a_short_label_with_a_colon_goes() -> None:
    # a site's note under a bare heading ending in a colon is no announced quotation
    lines = _lines(f"Editor's note:\n{NOTE}")
    assert not any("freedom of speech" in line for line in lines)
