"""captions: an agency's credit in brackets after the picture's note of use in brackets
("… in North Korea. (No Redistribution) (Yonhap)", "(PHOTO NOT FOR SALE) (Yonhap)") credits
the caption; the note stays in its text. A wire story's last paragraph closing on a bracket and
the agency is the story's sign-off, still text."""

from streams.captions import extract_captions

LEDE = (
    "SEOUL, Nov. 28 (Yonhap) -- North Korea fired a short-range ballistic missile toward "
    "the East Sea on Saturday, South Korea's military said."
)
AFTER = "The launch came as the North prepares to convene a plenary meeting of the party."


def test_an_agency_in_brackets_after_a_note_of_use_credits_the_caption() -> None:
    caption = (
        "This file photo, released by the North's official Korean Central News Agency on "
        "Oct. 4, 2026, shows a missile launch at an undisclosed location in North Korea. "
        "(For Use Only in the Republic of Korea. No Redistribution)"
    )
    body, captions = extract_captions([LEDE, f"{caption} (Yonhap)", AFTER])
    assert body == [LEDE, AFTER]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Yonhap")]


def test_must_stay_a_wire_storys_last_paragraph_closing_on_a_bracket_and_the_agency() -> None:
    last = "The two sides will meet in Tokyo next year, the ministry said (local time) (Yonhap)"
    body, captions = extract_captions([LEDE, AFTER, last])
    assert body == [LEDE, AFTER, last]
    assert captions == []
