"""A rail of headline / summary cards under a heading, after the article's closing date
line ("Posted …, updated …") and its lists of bare links, is cards after the text, not a
box inside it: a chip over a card's headline ("Analysis") and the next list's heading
under the rail ("Just In") do not break its pairs."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_body import _summary_rail
from streams.split_page import _features

FETCHED = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)

STORY = """\
Regional News
Orchard towns short of apple pickers as harvest nears
Posted Sun 29 Nov 2026 at 6:10am
Apple growers around Batlow say they need hundreds more pickers before the harvest peaks.
The region usually relies on about 1,500 seasonal workers over the summer months.
Growers say caravan parks are already full and few backpackers have arrived this year.
"We have the best crop in years and nobody to pick it," orchardist Ann Kerr said.
The local council is asking students on holiday to sign up for picking work.
Posted 29 Nov 2026, updated 29 Nov 2026
Related stories
Stone fruit prices climb after hail storm
Farm visa changes leave growers short
Related topics
Agriculture
Rural
Top Stories
{rail}
"""

RAIL = "\n".join(
    (
        "Ferries cancelled as gale sweeps the coast",
        "Commuters are being urged to check timetables and allow extra time after strong"
        " winds halted ferry services across the harbour during the morning peak.",
        "{chip}Council votes to keep the old library open",
        "Councillors voted seven to four to keep the building open until at least the end"
        " of next year while a new site is found.",
    )
)

JUST_IN = """
Just In
Driver charged after crash on the highway
35m ago
Fire crews contain blaze near the dump
1h ago"""


def titles(text: str) -> list[str]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [draft.title for draft in drafts]


RAIL_TITLES = [
    "Ferries cancelled as gale sweeps the coast",
    "Council votes to keep the old library open",
]


def test_a_rail_under_the_closing_date_line_is_cards() -> None:
    assert titles(STORY.format(rail=RAIL.format(chip="")))[1:] == RAIL_TITLES


def test_a_chip_over_a_headline_keeps_the_rail() -> None:
    assert titles(STORY.format(rail=RAIL.format(chip="Analysis\n")))[1:] == RAIL_TITLES


def test_the_next_lists_heading_keeps_the_rail() -> None:
    rail = RAIL.format(chip="") + JUST_IN
    lines = tuple(rail.splitlines())
    heading = lines.index("Just In")
    assert _summary_rail(_features(lines), 0, heading + 1)
