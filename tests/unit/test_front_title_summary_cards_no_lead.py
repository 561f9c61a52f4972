"""split: a front page of title / one-sentence summary cards with no furniture between them
(no author, no chip, no stamp) is a list of teasers with no lead; a short story whose
sub-headings are shorter than a headline keeps its lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)

FRONT = (
    "Riverside Courier\n"
    "News\n"
    "Sport\n"
    "Latest News\n"
    "Harbour bridge closed after lorry hits barrier\n"
    "Drivers were diverted through the town centre for most of Sunday morning.\n"
    "Library to open on Sundays from next month\n"
    "The council said the trial would run until the end of the summer.\n"
    "Two men charged after break-in at garden centre\n"
    "Police said both men would appear before magistrates on Tuesday.\n"
)

STORY = (
    "Riverside Courier\n"
    "News\n"
    "Harbour bridge closed after lorry hits barrier on Sunday\n"
    "Drivers were diverted through the town centre for most of Sunday morning.\n"
    "What happened\n"
    "A lorry struck the barrier at the northern end shortly after seven o'clock.\n"
    "Repairs\n"
    "Engineers said the barrier would be replaced within a week.\n"
    "What next\n"
    "The bridge is expected to reopen to cars on Monday.\n"
)


def test_title_summary_cards_without_furniture_are_teasers() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Harbour bridge closed after lorry hits barrier", "related"),
        ("Library to open on Sundays from next month", "related"),
        ("Two men charged after break-in at garden centre", "related"),
    ]


def test_story_with_short_sub_headings_keeps_its_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Harbour bridge closed after lorry hits barrier on Sunday", "lead")
    ]
