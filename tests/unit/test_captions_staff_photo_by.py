"""captions: a US paper's "Staff photo by Name" (and "File photo by Name") under a caption is
that caption's credit, as "Photo by Name" is."""

from streams.captions import extract_captions, split_credit

CAPTION = "Volunteers sort donated coats at the Elm Street shelter on Monday."
TEXT = "The county opened two more warming centres on Monday night as temperatures fell."


def test_staff_and_file_photo_by_name_are_credits() -> None:
    assert split_credit("Staff photo by Dana Holt") == ("", "Dana Holt")
    assert split_credit("File photo by Dana Holt") == ("", "Dana Holt")


def test_a_staff_photo_credit_under_a_caption_takes_it_from_the_text() -> None:
    body, captions = extract_captions([TEXT, CAPTION, "Staff photo by Dana Holt", TEXT])
    assert body == [TEXT, TEXT]
    assert [(c.text, c.credit) for c in captions] == [(CAPTION, "Dana Holt")]
