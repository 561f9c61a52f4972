"""captions: a caption's phrase without a full stop, a bar and a known agency ("… in Patna |
PTI") is the picture's caption and its credit; a stamp before the bar is a header's line."""

from streams.captions import split_credit


def test_phrase_bar_agency_is_caption_and_credit() -> None:
    assert split_credit("Boats ferry residents across a flooded street in Patna | PTI") == (
        "Boats ferry residents across a flooded street in Patna",
        "PTI",
    )


def test_stamp_bar_agency_is_no_caption() -> None:
    assert split_credit("Published on Monday 14 September 2026 | PTI") is None
