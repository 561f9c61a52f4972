"""captions: a gallery card's kicker before a bar and "Photos:" ("In Pictures | Photos: Kerala
beats Goa in the final") is a card's title, not a caption with its credit; a note word after a
caption's full stop ("… on Friday. File | Photo Credit: Name") still opens a credit (audit C-4)."""

from streams.captions import split_credit


def test_a_gallery_cards_kicker_and_bar_is_no_credit() -> None:
    assert split_credit("In Pictures | Photos: Kerala beats Goa in the final") is None


def test_a_note_after_a_captions_full_stop_still_opens_the_credit() -> None:
    caption = "Fishermen repair nets at the harbour in Kochi on Friday. File"
    assert split_credit(f"{caption} | Photo Credit: R. Menon") == (caption, "R. Menon")
