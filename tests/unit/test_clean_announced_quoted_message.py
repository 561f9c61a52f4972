"""clean: a message wholly in quotation marks on its own line under the story's sentence
announcing it with a colon ("Users saw a screen that said:" / "“Something went wrong.
Please try again later.”") is the story's quotation, kept; the same words bare go."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
MESSAGE = "Something went wrong. Please try again later."


def _text(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)).lines


def _page(message: str) -> tuple[str, ...]:
    return _text(
        "Technology",
        "Ticket site crashes as tour sale opens",
        "By Ana Ruiz",
        "29 November 2026, 09:15",
        "Thousands of fans were locked out of the ticket site on Saturday morning minutes "
        "after the sale for the band's reunion tour opened.",
        "Fans who reached the checkout were shown a screen that said:",
        message,
        "The seller blamed a surge of more than two million visitors in the first hour.",
    )


def test_a_quoted_error_message_under_a_colon_is_kept() -> None:
    assert f"“{MESSAGE}”" in _page(f"“{MESSAGE}”")


def test_the_bare_error_message_still_goes() -> None:
    assert MESSAGE not in _page(MESSAGE)
