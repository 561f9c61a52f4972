"""A syndication note naming the text and where it first ran, with no web address and no
terms ("This article originally appeared on North Forty News."), goes where the text ends;
news of another text's first publication, or the same words inside the text, stay."""

from streams.boilerplate import notes_first_publication
from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


STORY = "\n".join(
    (
        "Reservoir marina plan approved",
        "County commissioners on Tuesday approved a $4 million plan to build a marina with "
        "120 slips at the reservoir, ending a three-year dispute over the project.",
        "Boaters should expect temporary closures of the South Bay parking area starting in "
        "March. Updates will be posted on the county's website.",
        "{note}",
        "18 Comments",
        "Add a comment...",
    )
)


def test_a_note_on_where_the_text_first_ran_goes_under_the_text() -> None:
    for note in (
        "This article originally appeared on North Forty News.",
        "This story was originally published in Spanish by Pie de Página.",
        "Cet article a été publié initialement sur Le Courrier du Val.",
        "Dieser Beitrag ist zuerst erschienen bei der Talpost.",
    ):
        lines = lines_of(STORY.format(note=note))
        assert note not in lines, note
        assert any(line.startswith("Boaters should expect") for line in lines)


def test_must_stay_news_of_another_texts_first_publication_under_the_text() -> None:
    for news in (
        "The report first appeared in the Lancet.",
        "This species first appeared in the fossil record.",
        "First published by the council in 2019 the plan sets out bus lanes.",
        "This story first appeared on the county's website, officials said.",
        # auditor C's C-3 (probes s17C-L09, L11): an artwork's first showing
        "This piece first appeared on the market in 1930.",
        "This piece first appeared at the Royal Academy.",
    ):
        assert not notes_first_publication(news), news
        assert news in lines_of(STORY.format(note=news)), news


def test_must_stay_quoted_speech_and_a_long_sentence_on_a_story_first_told_elsewhere() -> None:
    # auditor C's C-3 (probes s17C-L10, L11): a date names no outlet
    assert not notes_first_publication("This story first appeared in print in 1872.")
    assert not notes_first_publication("This piece was first published in Vienna in 1828.")
    assert not notes_first_publication("This story first appeared in print.")
    assert not notes_first_publication('"This article first appeared on our site," she said.')
    news = (
        "This story first appeared in local folklore in the 1920s and spread along the "
        "valley within a decade."
    )
    assert not notes_first_publication(news)
