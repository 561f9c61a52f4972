"""split: a card's day word over a clip's length with its hour unpadded ("Yesterday" /
"3:08" / a video's title) is the card's stamp alone: the length opens the video card under
it and is no clock of that day. A date over a clock printed as a stamp's second line
("28 Nov 2026" / "08:32") stays one stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 7, 22, 3, 5, tzinfo=UTC)


def stamps(text: str) -> list[tuple[str, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(d.title, d.time_text) for d in drafts]


RAIL = (
    "Recommended Stories\n"
    "Harbour Herald\n"
    "Port workers vote to accept new three-year pay deal\n"
    "12 minutes ago\n"
    "Coast Business Review\n"
    "Why container rates are falling again this summer\n"
    "Shipping lines added capacity faster than demand grew, analysts say.\n"
    "Yesterday\n"
    "Videos\n"
    "3:08\n"
    "Inside the new automated terminal at Northgate\n"
    "Harbour Herald Video · 2 hours ago\n"
)


def test_a_day_word_over_a_clip_length_is_the_cards_stamp_alone() -> None:
    got = dict(stamps(RAIL))
    assert got["Why container rates are falling again this summer"] == "Yesterday"


def test_a_date_over_a_padded_clock_stays_one_stamp() -> None:
    # must-stay: a stamp printed on two lines
    page = (
        "Port workers vote to accept new three-year pay deal\n"
        "28 Nov 2026\n"
        "08:32\n"
        "Dock workers at the city's main container port voted on Friday to accept a new "
        "three-year pay deal, ending a dispute that had threatened strikes before Christmas.\n"
        "The union said 78 per cent of members backed the offer, which raises pay by 4.5 per "
        "cent in the first year and 3 per cent in each of the following two.\n"
    )
    assert stamps(page)[0] == (
        "Port workers vote to accept new three-year pay deal",
        "28 Nov 2026 08:32",
    )
