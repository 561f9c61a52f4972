"""A donation appeal inside a story's text is the site's pitch: its heading ("Your support
helps us …"), its request in full sentences ("… you can help us build an independent local
news service …") and its button ("Make a donation") go, the story stays."""

from streams.clean import clean_page
from streams.model import RawPage

FIRST = "The county council has voted to keep the tourist levy at two pounds a night for 2027."
LAST = "Council leader Ann Hughes said the levy had raised £3m for road repairs last year."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_donation_appeal_in_the_text_goes() -> None:
    appeals = (
        "For less than the price of a newspaper a week you can help us build an independent "
        "local news service for the whole county.",
        "At the Courier, we believe local reporting matters. Please consider supporting us "
        "with a small donation.",
    )
    for appeal in appeals:
        lines = lines_of("Tourist levy to stay", FIRST, appeal, "Make a donation", LAST)
        assert appeal not in lines
        assert "Make a donation" not in lines
        assert FIRST in lines and LAST in lines


def test_a_donation_appeals_heading_goes() -> None:
    heading = "Your support helps us to keep reporting"
    lines = lines_of("Tourist levy to stay", FIRST, heading, LAST)
    assert heading not in lines
    assert FIRST in lines and LAST in lines
