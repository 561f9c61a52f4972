"""A speaker's quote that uses a donation appeal's words ("Your support helps us …",
"… supporting us with a donation …") is the story's text when the quote closes on a comma
and names its speaker after the closing mark; the site's own appeal names no speaker."""

from streams.clean import clean_page
from streams.model import RawPage

FIRST = "The harbour trust has opened a winter shelter in the old ferry terminal."
LAST = "The shelter will stay open until the end of March."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_quote_with_appeal_words_stays() -> None:
    quotes = (
        '"Your support helps us keep forty beds warm every night," warden Joe Barr said.',
        "“Everyone supporting us with a donation has kept us going, but we need more,” "
        "said trustee Ann Cole.",
    )
    for quote in quotes:
        lines = lines_of("Winter shelter opens", FIRST, quote, LAST)
        assert quote in lines


def test_the_sites_appeal_still_goes() -> None:
    appeal = "Please consider supporting us with a small donation."
    lines = lines_of("Winter shelter opens", FIRST, appeal, LAST)
    assert appeal not in lines
