"""captions: a one-sentence caption with a photographer's bar credit glued after its full stop
("… on Saturday. Ann Cole | AP") is a caption with its credit, not a line of the text."""

from streams.captions import split_credit


def test_a_bar_credit_glued_after_a_captions_full_stop_is_its_credit() -> None:
    caption = "A tractor pulls a trailer of hay bales along Route 9 near Colby, Kan., on Monday."
    assert split_credit(f"{caption} Ann Cole | AP") == (caption, "Ann Cole | AP")


def test_a_story_sentence_ending_on_a_bar_of_other_words_is_no_caption() -> None:
    # (after the bar no agency: a headline's site suffix, not a credit)
    line = (
        "Farmers brace for a dry summer across the plains this year. Read More | Weekly Farmer News"
    )
    assert split_credit(line) is None
