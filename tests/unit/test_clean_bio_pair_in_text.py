"""clean: a sentence with an author's note's words (a [bio] pair of ui_phrases, "is a
reporter" + "for") inside the running text is the story's when it does not open with the
byline's name (auditor A's A-P2, probe A12: "Ms Okoro is a reporter turned teacher …" was
lost from the lead); the author's own note closing the text still goes."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)

HEADER = (
    "Reading scores rise in primary schools after phonics push\n"
    "By Anna Price\n"
    "10 March 2026\n"
    "Reading scores among 11-year-olds in England rose for the second year running, "
    "according to a study published on Tuesday.\n"
    "Professor Mark Ellis, who led the study, found the gains were largest among pupils "
    "eligible for free school meals.\n"
)
STORY = "Ms Okoro is a reporter turned teacher who now runs the literacy programme for the trust."
AFTER = '"The gap is closing, but slowly," Prof Ellis said.\n'
AFTER += "The study followed 40,000 pupils in 600 schools over three years.\n"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_story_sentence_with_bio_words_inside_the_text_stays() -> None:
    lead = split(HEADER + STORY + "\n" + AFTER)[0]
    assert STORY in lead.body
    assert "The study followed 40,000 pupils" in lead.body


@pytest.mark.parametrize(
    "text",
    [
        # must-stay: the author's note closing the text
        HEADER + AFTER + "Anna Price is a reporter for The Courier.\n",
        # must-stay: inside the text, a note opening with the byline's name
        HEADER + "Anna Price is a reporter for The Courier.\n" + AFTER,
        # must-stay: with no byline read, the note's words decide
        HEADER.replace("By Anna Price\n", "") + "Jane Doe is a reporter for The Courier.\n" + AFTER,
        # must-stay: a note right under the byline, over the stamp
        HEADER.replace(
            "By Anna Price\n", "By Anna Price\nAnna Price is a reporter for The Courier.\n"
        )
        + AFTER,
    ],
)
def test_the_authors_note_still_goes(text: str) -> None:
    lead = split(text)[0]
    assert "is a reporter for The Courier" not in lead.body
    assert "The study followed 40,000 pupils" in lead.body
