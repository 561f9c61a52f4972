"""A caption's own one-word label before its text ("Legende: …", "Didascalia: …") is no
part of the caption's text, as a lead picture's label ("Header image: …") is none."""

from streams.captions import extract_captions


def test_a_caption_label_leaves_the_caption() -> None:
    body, captions = extract_captions(
        [
            "Der Gemeinderat hat den Kredit für das neue Schulhaus am Montag bewilligt.",
            "Legende: Das alte Schulhaus in Thun. Keystone/Anna Weber",
            "Der Bau soll im Frühling beginnen und zwei Jahre dauern.",
        ]
    )
    assert [caption.text for caption in captions] == ["Das alte Schulhaus in Thun."]
    assert len(body) == 2


def test_a_word_before_a_colon_in_a_caption_stays() -> None:
    _, captions = extract_captions(
        ["Ein Hinweis wurde gefunden.", "Zürich: Das Rathaus am Abend. Keystone/Anna Weber"]
    )
    assert [caption.text for caption in captions] == ["Zürich: Das Rathaus am Abend."]
