"""A short caption with no full stop under a paragraph that ends in a question, over its credit
line, is still the picture's caption: an interview's answer there is a sentence."""

from streams.captions import extract_captions


def test_short_unstopped_caption_under_a_question_takes_the_credit() -> None:
    body, captions = extract_captions(
        [
            "Shop owners on the high street spent the morning moving stock upstairs.",
            "Everyone here asks the same thing. Will the new wall hold this time?",
            "Sandbags on Bridge Street",
            "Photo: Ann Cole/PA",
            "The river is expected to peak on Sunday afternoon, the agency said.",
        ]
    )
    assert "Sandbags on Bridge Street" not in body
    assert [(caption.text, caption.credit) for caption in captions] == [
        ("Sandbags on Bridge Street", "Ann Cole/PA")
    ]
