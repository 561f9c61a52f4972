"""captions: the paper's name before "photo by" in brackets ("(Ledger photo by Ann Cole)")
labels the credit, as an agency's initials do ("(NWA photo by Name)")."""

from streams.captions import split_credit


def test_paper_name_before_photo_by() -> None:
    caption = "Traffic backs up near the toll plaza in Hadapsar."
    assert split_credit(f"{caption} (Ledger photo by Ann Cole)") == (caption, "Ann Cole")
