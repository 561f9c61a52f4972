"""captions: the page's label for its lead picture ("Header image:", "Feature Image:") is no
part of the caption's text; a labelled slash credit may close on the agency's initials in
brackets ("Picture: Name/African News Agency (ANA)"); a bare slash before a credit in
capitals after the caption's sentence ("… Nairobi. /PCS") is a credit."""

from streams.captions import extract_captions, split_credit

TEXT = (
    "The county assembly on Tuesday approved a budget of Sh14 billion for the coming "
    "financial year, with most of the money going to roads and health."
)


def test_a_header_image_label_leaves_the_caption() -> None:
    line = "Header image: Traders wait for customers at Gikomba market on Monday. — AFP"
    body, captions = extract_captions([line, TEXT])
    assert body == [TEXT]
    assert [(c.text, c.credit) for c in captions] == [
        ("Traders wait for customers at Gikomba market on Monday.", "AFP")
    ]


def test_a_feature_image_label_leaves_the_caption() -> None:
    line = "Feature Image: Governor Ann Wambui at the assembly on Tuesday. PHOTO: KNA"
    body, captions = extract_captions([line, TEXT])
    assert body == [TEXT]
    assert [(c.text, c.credit) for c in captions] == [
        ("Governor Ann Wambui at the assembly on Tuesday.", "KNA")
    ]


def test_a_labelled_slash_credit_may_close_on_bracketed_initials() -> None:
    line = "Residents queue in Soweto on Friday. Picture: Thandi Mokoena/Metro Agency (MA)"
    assert split_credit(line) == (
        "Residents queue in Soweto on Friday.",
        "Thandi Mokoena/Metro Agency (MA)",
    )


def test_a_bare_slash_credit_in_capitals_after_the_sentence() -> None:
    line = "Governor Ann Wambui speaking in Nakuru town. /KNA"
    assert split_credit(line) == ("Governor Ann Wambui speaking in Nakuru town.", "KNA")


def test_must_keep_a_sentence_that_mentions_a_label_in_text() -> None:
    assert split_credit("The header image: that was what the editors argued about.") is None
