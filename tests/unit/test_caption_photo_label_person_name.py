"""A label without a colon before a photographer's name ("… samedi. Photo Hélène Martin")
credits the caption only when the words after "Photo" are a person's name: a known first
name, or no common English word among them; a headline's words are no credit."""

import pytest

from streams.captions import split_credit


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Des cyclistes traversent le pont Wilson, dimanche. Photo Hélène Martin", "Hélène Martin"),
        ("Traders wait for buyers at Balogun market on Friday. Photo Ngozi Okafor", "Ngozi Okafor"),
    ],
)
def test_a_persons_name_after_photo_credits_the_caption(paragraph: str, credit: str) -> None:
    found = split_credit(paragraph)
    assert found is not None and found[1] == credit


def test_common_words_after_photo_are_the_storys_text() -> None:
    assert split_credit("Only the camera could split the leaders. Photo Finish Decides It") is None
