"""captions: a story's paragraph ending on a full date with no place before it ("… meeting on
Dec. 14, 2026.") over a wire bar credit ("Name | AP") stays text; a dated caption printed
under the credit (place and date: "… in Topeka, Kan., on Nov. 24, 2026.") is the credit's
(audit C-3)."""

from streams.captions import extract_captions

LEDE = (
    "The state board of regents on Friday approved a tuition freeze for the next academic "
    "year after lawmakers agreed to cover the gap with a one-time grant."
)
STORY = "The board will take up the housing budget at its next meeting on Dec. 14, 2026."
REST = "Student leaders said the freeze was welcome but would not cover rising rents."


def test_a_story_sentence_ending_on_a_date_stays_over_a_wire_credit() -> None:
    body, captions = extract_captions([LEDE, STORY, "Jo Marten | AP", REST])
    assert body == [LEDE, STORY, REST]
    assert captions == []


def test_a_dated_caption_under_a_wire_credit_is_its_caption() -> None:
    caption = "Students walk past the regents' offices in Topeka, Kan., on Nov. 24, 2026."
    body, captions = extract_captions([LEDE, STORY, "Jo Marten | AP", caption, REST])
    assert body == [LEDE, STORY, REST]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Jo Marten | AP")]
