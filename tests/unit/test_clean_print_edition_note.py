"""Under the text, "Published in <paper>, <date>." is the print edition's note, no paragraph
of the story (with a full stop too); a sentence naming a journal there stays."""

from datetime import UTC, datetime

from streams.boilerplate import notes_print_edition
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

PAGE = """\
Lahore Chronicle
Punjab extends winter school holidays by a week amid smog
LAHORE: The Punjab government on Tuesday extended winter holidays for schools by one week because of heavy smog across the province.
The education department said schools would now reopen on January 12, and private schools must follow the same schedule.
Published in The Lahore Chronicle, December 2nd, 2026.
"""  # noqa: E501


def test_the_print_edition_note_leaves_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert "private schools must follow" in drafts[0].body
    assert "Published in" not in drafts[0].body


def test_a_sentence_naming_a_journal_is_no_note() -> None:
    assert notes_print_edition("Published in The Lahore Chronicle, December 2nd, 2026")
    assert not notes_print_edition("Published in Nature, the study followed 4,000 children.")
