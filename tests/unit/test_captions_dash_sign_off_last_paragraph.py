"""captions: a wire's name after a dash closing the text's last paragraph ("… next week. —
AFP") is the story's sign-off, not a photo's credit, even when that paragraph is one sentence
long. The same one-sentence line with text under it is a caption and keeps its credit."""

from streams.captions import extract_captions

CAPTION = "Firefighters work at the burnt market in Hyderabad on Friday. — AFP"
FIRST = (
    "HYDERABAD: A fire gutted more than 200 shops at the old cloth market overnight, "
    "officials said on Friday."
)
MIDDLE = "No one was reported hurt."
LAST = "The provincial government has ordered an inquiry into the cause. — Reuters"


def test_a_one_sentence_last_paragraph_signed_by_a_wire_stays_text() -> None:
    paragraphs = [FIRST, MIDDLE, LAST]
    body, captions = extract_captions(paragraphs)
    assert body == paragraphs
    assert captions == []


def test_must_keep_the_caption_over_the_text_and_the_sign_off_under_it() -> None:
    body, captions = extract_captions([CAPTION, FIRST, MIDDLE, LAST])
    assert body == [FIRST, MIDDLE, LAST]
    assert [(c.text, c.credit) for c in captions] == [
        ("Firefighters work at the burnt market in Hyderabad on Friday.", "AFP")
    ]


def test_must_keep_a_dash_credited_caption_with_text_under_it() -> None:
    caption = "Shopkeepers count their losses on Friday. — AFP"
    body, captions = extract_captions([FIRST, caption, MIDDLE])
    assert body == [FIRST, MIDDLE]
    assert [(c.text, c.credit) for c in captions] == [
        ("Shopkeepers count their losses on Friday.", "AFP")
    ]
