"""A name printed alone over the headline (a score widget's team, a menu's item) is no
author's: a paragraph that opens with it after the text ("Rovers Athletic held on …") is
the story's, not a note on the author that closes the text."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Northern Sports Weekly\n"
    "Football\n"
    "Rovers Athletic\n"
    "3\n"
    "Dale Town\n"
    "0\n"
    "Rovers Athletic cruise past Dale Town in the cup\n"
    "A first-half double from the captain set up a comfortable evening at the Park.\n"
    "By Owen Pritchard\n"
    "29 November 2026\n"
    "Rovers Athletic beat Dale Town 3-0 on Saturday to reach the fourth round of the cup.\n"
    "The captain scored twice before the break, both times from corners on the left.\n"
    "Photo credit: Northern Football League\n"
    "Rovers Athletic added a third late on through their substitute striker from close range.\n"
    "The draw for the next round takes place on Monday evening at the league's offices.\n"
)


def test_paragraph_opening_with_a_team_named_over_the_headline_stays_in_the_body() -> None:
    events = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert len(events) == 1
    assert "Rovers Athletic added a third late on" in events[0].body
    assert "The draw for the next round takes place on Monday" in events[0].body


def test_must_stay_a_note_on_the_bylines_author_closes_the_text() -> None:
    page = (
        "Northern Sports Weekly\n"
        "Rovers Athletic cruise past Dale Town in the cup\n"
        "A first-half double from the captain set up a comfortable evening at the Park.\n"
        "By Owen Pritchard\n"
        "29 November 2026\n"
        "Rovers Athletic beat Dale Town 3-0 on Saturday to reach the fourth round of the cup.\n"
        "The captain scored twice before the break, both times from corners on the left.\n"
        "The draw for the next round takes place on Monday evening at the league's offices.\n"
        "Owen Pritchard covers football in the north for the paper.\n"
    )
    events = process_page(RawPage(text=page, fetched_at=FETCHED))
    assert len(events) == 1
    assert "covers football" not in events[0].body
