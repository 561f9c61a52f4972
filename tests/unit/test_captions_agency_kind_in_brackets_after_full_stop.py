"""captions: an agency and the kind of picture in brackets after the caption's full stop
("… in Kuantan. (Bernama pic)") credit the picture, as "(Reuters photo)" does."""

from streams.captions import split_credit


def test_agency_and_pic_in_brackets_after_the_full_stop() -> None:
    caption = "Volunteers fill sandbags outside a school in Kuantan."
    assert split_credit(f"{caption} (Bernama pic)") == (caption, "Bernama pic")
