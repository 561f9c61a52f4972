"""split: the dates of a timeline inside the text ("Oct. 1, 2026" over the day's event,
between sentences, several of them) are the story's facts and stay in the body; the
header's stamp over the text still goes."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 20, 9, 0, tzinfo=UTC)

PAGE = (
    "The Riverside Courier\n"
    "Local\n"
    "Timeline: How the bridge closure dragged on\n"
    "By Tomas Reyes\n"
    "June 19, 2026 at 7:00 a.m. EDT\n"
    "The Elm Street bridge reopened on Thursday after 70 days. Here is what happened.\n"
    "April 10, 2026\n"
    "Inspectors find cracks in two of the bridge's steel beams and close it to traffic.\n"
    "May 2, 2026\n"
    "The city hires a contractor to replace the beams.\n"
    "June 18, 2026\n"
    "Crews finish the repairs a week ahead of schedule.\n"
)


def test_timeline_dates_between_sentences_stay_in_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    body = drafts[0].body.split("\n\n")
    assert body[1:4] == [
        "April 10, 2026",
        "Inspectors find cracks in two of the bridge's steel beams and close it to traffic.",
        "May 2, 2026",
    ]
    assert "June 19, 2026 at 7:00 a.m. EDT" not in body
