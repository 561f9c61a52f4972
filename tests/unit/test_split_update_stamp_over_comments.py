"""split: a card stamped only "Updated …" takes a publication stamp from its own header
lines, which stand together: a reader's comment's stamp under a blank line and the comment
box's label ("Closed" / "Khalid | 2 hours ago") is no publication stamp of the card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 6, 11, 30, tzinfo=UTC)

STORY = (
    "The provincial cabinet met on Friday and approved a long list of spending items for the "
    "coming quarter, officials said after the meeting.\n"
    "Officials said the money would be released in two instalments over the next six "
    "months, beginning in April.\n"
    "Read more\n"
    "Tanker shortage hits the western districts as supply lines run dry\n"
    "Updated 03 Mar, 2026\n"
    "Residents say they are paying up to Rs5,000 for a single tanker as supply from the "
    "lines has all but stopped.\n"
    "Cabinet approves Rs9bn for canal repairs\n"
    "Updated 27 Feb, 2026\n"
)


def stamps(text: str) -> dict[str, str | None]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return {d.title: d.time_text for d in drafts}


def test_a_comments_stamp_is_no_cards_publication_stamp() -> None:
    page = STORY + (
        "Comments (14)\nClosed\nKhalid | 2 hours ago\n"
        "Approved in 2002. I was in school then. Now my children are in school.\n"
    )
    assert stamps(page)["Cabinet approves Rs9bn for canal repairs"] == "Updated 27 Feb, 2026"


def test_a_published_stamp_in_the_cards_header_still_wins() -> None:
    # must-stay: the header's own publication stamp under its update stamp
    page = STORY.replace("Updated 03 Mar, 2026\n", "Updated 03 Mar, 2026\nPublished 01 Mar, 2026\n")
    assert (
        stamps(page)["Tanker shortage hits the western districts as supply lines run dry"]
        == "Published 01 Mar, 2026"
    )
