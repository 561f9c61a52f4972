"""split_body: a boxed card stamped "Updated 2 days ago" under a text stamped today is an
older story on the topic, no update note of the text (an update is never older than the
text's own stamp): the card is a teaser and the paragraphs under it the text going on
(``_boxed_card``)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)

HEADER = (
    "The Valley Courier\n"
    "News\n"
    "Politics\n"
    "County council agrees to reopen the Millbrook library\n"
    "Updated 4.15pm, 3 Jun 2026\n"
    "Ruth Kelly\n"
    "THE COUNTY COUNCIL has agreed to reopen the Millbrook library after a two-year closure.\n"
    "Councillors voted by 21 to 9 to fund the repairs to the library's roof.\n"
    "Related\n"
    "Parents call for longer opening hours at swimming pool\n"
)
UNDER = (
    "The library will open on Saturdays and two evenings a week.\n"
    "Local groups had collected more than 3,000 signatures for the reopening.\n"
    "To embed this post, copy the code below on your site\n"
)
CARD = "Parents call for longer opening hours at swimming pool"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_card_updated_days_before_the_text_leaves_the_text_to_the_story() -> None:
    drafts = split(HEADER + "Updated 2 days ago\n" + UNDER)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "County council agrees to reopen the Millbrook library"),
        ("related", CARD),
    ]
    assert "The library will open on Saturdays" in drafts[0].body
    assert "more than 3,000 signatures" in drafts[0].body
    assert drafts[1].body == ""
