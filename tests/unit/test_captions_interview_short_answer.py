"""An interview's short answer right under its question, over a photographer's credit line
("Is the river higher than usual?" / "Yes, much higher." / "Photo Eva Smit"): the answer is
the text's, no caption; a short caption under a statement still takes the credit."""

from streams.captions import extract_captions


def test_short_answer_under_question_stays_in_the_text() -> None:
    body, captions = extract_captions(
        [
            "The dyke warden has warned about high water for years. We met him in his office.",
            "Is het water dit jaar hoger dan normaal?",
            "Ja, veel hoger.",
            "Beeld Eva de Boer",
            "Wat moet er nu gebeuren volgens u?",
            "We moeten de dijken veel sneller versterken dan nu gepland is, en dat kost geld.",
        ]
    )
    assert "Ja, veel hoger." in body
    assert all(caption.text != "Ja, veel hoger." for caption in captions)


def test_short_caption_under_a_statement_takes_the_credit() -> None:
    body, captions = extract_captions(
        [
            "The dyke warden has warned about high water for years. We met him in his office.",
            "Henk Smit in Arnhem",
            "Beeld Eva de Boer",
            "He wants the dykes reinforced faster than planned, and says it will cost money.",
        ]
    )
    assert "Henk Smit in Arnhem" not in body
    assert [caption.text for caption in captions] == ["Henk Smit in Arnhem"]
