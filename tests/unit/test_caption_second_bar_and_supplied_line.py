"""A caption's bar credit with a second bar ("| File | Paper") and a "Supplied" credit alone on
the line under a short caption."""

from streams.captions import extract_captions, split_credit


def test_sentence_then_two_bar_credit_is_caption() -> None:
    line = (
        "Police officers guard the entrance to Kariakor market on March 3, 2026."
        " | File | Coast Daily Group"
    )
    assert split_credit(line) == (
        "Police officers guard the entrance to Kariakor market on March 3, 2026.",
        "File | Coast Daily Group",
    )


def test_supplied_alone_under_short_caption_credits_it() -> None:
    paragraphs = [
        "A Dunedin man has won the national sheep shearing title for the third year running.",
        "Tom Reid with his trophy at the Te Kuiti show.",
        "Supplied",
        "Reid, 34, sheared 520 lambs in nine hours.",
    ]
    body, captions = extract_captions(paragraphs)
    assert body == [paragraphs[0], paragraphs[3]]
    assert [(c.text, c.credit) for c in captions] == [(paragraphs[1], "Supplied")]


def test_supplied_under_a_sentence_of_the_story_stays() -> None:
    paragraphs = ["The new shearing shed will be ready in June.", "Supplied"]
    _, captions = extract_captions(paragraphs)
    assert captions == []


def test_supplied_under_the_texts_first_sentence_leaves_it_text() -> None:
    """Must-stay: the lede's one sentence, then "Supplied" for a picture printed without a
    caption: the lede stays the story's."""
    paragraphs = [
        "Firefighters rescued a dog from a frozen pond in Ballarat on Sunday.",
        "Supplied",
        "Crews were called to Lake Wendouree shortly after 8am.",
    ]
    body, captions = extract_captions(paragraphs)
    assert paragraphs[0] in body
    assert captions == []
