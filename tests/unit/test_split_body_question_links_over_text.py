"""split_body: a box of headlines between the lead's paragraphs whose first headline asks
a question ("Why …?") is still a box of links, and the lead's short paragraphs under it
go on in the lead's body (auditor A's A-1)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
RESUMED = "Landlords said the rise in rents would push more tenants out of the city."


def test_short_paragraphs_under_a_question_headline_box_stay_in_the_lead() -> None:
    text = (
        "News\n"
        "Rents in Bristol rise by a tenth in a year, says council\n"
        "29 November 2026\n"
        "Rents for flats in Bristol have risen by about a tenth in the past year, the city "
        "council has said in a report on housing published on Friday.\n"
        "The average monthly rent is now £1,450.\n"
        "It is the fourth rise in a row.\n"
        "More on this story\n"
        "Why are rents going up again?\n"
        "How to challenge a rent increase\n"
        f"{RESUMED}\n"
        '"Tenants are already struggling with rents," said a tenants\' union.\n'
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert RESUMED in drafts[0].body
    assert "Why are rents going up again?" not in drafts[0].body
