"""A question right under a box of links, answered by the line under it (a short answer, or one
repeating its words), is the text's sub-heading, no link of the box."""

from streams.model import RawPage
from streams.pipeline import process_page


def page(answer: str) -> str:
    return (
        "Money\n"
        "Water bills to rise by 4% in April\n"
        "November 29, 2026 07:00 GMT\n"
        "By Sam Hill\n"
        "Water bills in England and Wales will rise by 4% from April, the regulator announced"
        " on Saturday, the smallest rise in five years.\n"
        "Companies had asked for far more to pay for new sewage works.\n"
        "Related\n"
        "Sewage spills fell by a fifth last year\n"
        "Social tariffs extended to 400,000 more homes\n"
        "How much more will a typical household pay next year?\n"
        f"{answer}\n"
        "The regulator said the companies would be fined if works ran late.\n"
    )


def test_a_question_over_a_short_answer_stays_in_the_text() -> None:
    lead = process_page(RawPage(text=page("About £20 a year.")))[0]
    assert "How much more will a typical household pay next year?" in lead.body
    assert "About £20 a year." in lead.body


def test_a_question_over_an_answer_repeating_its_words_stays_in_the_text() -> None:
    answer = "A typical household will pay about £470 next year, up from £450 this year."
    lead = process_page(RawPage(text=page(answer)))[0]
    assert "How much more will a typical household pay next year?" in lead.body
