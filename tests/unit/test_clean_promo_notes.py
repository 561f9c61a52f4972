"""Promotions and notes of the site's that recur across sites and languages: a newsletter's
bare name under its dropped pitch with its description and button, a platform prompt ending
on "click here" in another language, a price widget's line, a syndication note opening on
"Originally published by"; the same words in a story's sentence stay."""

from streams.boilerplate import Kind, classify, notes_syndication


def test_a_platform_prompt_ending_on_click_here_in_other_languages_goes() -> None:
    for prompt in (
        "Segui il Corriere della Valle sul canale WhatsApp: clicca qui",
        "Folgen Sie dem Kurier auf WhatsApp: hier klicken",
        "Suivez La Gazette sur WhatsApp : cliquez ici",
        "Sigue a El Diario en WhatsApp: haz clic aquí",
    ):
        assert classify(prompt) is Kind.DROP, prompt


def test_must_stay_a_sentence_ending_on_click_here_with_its_full_stop() -> None:
    assert classify("Wer den Antrag stellen will, muss online nur noch hier klicken.") is None


def test_a_price_widgets_line_goes_and_a_retail_story_sentence_stays() -> None:
    assert classify("We check over 250 million products every day for the best prices") is (
        Kind.DROP
    )
    news = (
        "The retailer said it would check over its range to make sure shoppers got the best prices."
    )
    assert classify(news) is None


def test_a_syndication_note_opening_on_originally_published_by_is_one() -> None:
    assert notes_syndication("Originally published by Harbour Times. Republished with permission.")
    assert notes_syndication("First published by the Valley Ledger under licence.")


def test_must_stay_a_sentence_opening_on_first_published_without_terms() -> None:
    assert not notes_syndication(
        "First published by the council in 2019 the plan sets out bus lanes."
    )
    assert not notes_syndication("Originally published in 1851, the paper is under licence now.")
