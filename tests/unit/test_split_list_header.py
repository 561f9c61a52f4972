"""A list's heading and its one-sentence description over its cards: no lead, no card."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_header import _sources_of_other_cards
from streams.split_lines import _is_name, _is_source_name, _person_name
from streams.split_page import _Card, _features

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CURATED_LIST = """\
Collections
Harbour dredging row: the story so far
A reading list on the long fight over deepening the estuary channel, from the first permits \
to the boat protests.
Kept by Tide Desk
Ports
Rivers
Valmora Gazette
Dredging permit for the estuary channel approved after two years of review
The regional board signed off on the plan with conditions on silt disposal.
Mar 12, 2026
Fishermen say the channel works will ruin the spring season
Coastline Weekly · 2 days ago
Tidewater Review · 1 day ago
Engineers defend the silt plan as the cheapest of four options
Two independent reviews found the offshore dump site posed the least risk to the reefs.
"""


def test_curated_list_heading_is_no_lead() -> None:
    drafts = split(CURATED_LIST)
    assert [draft.title for draft in drafts] == [
        "Dredging permit for the estuary channel approved after two years of review",
        "Fishermen say the channel works will ruin the spring season",
        "Engineers defend the silt plan as the cheapest of four options",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert [draft.source for draft in drafts] == [
        "Valmora Gazette",
        "Coastline Weekly",
        "Tidewater Review",
    ]


TOPIC_PAGE = """\
Topic
Ferry strike on the lakes
Every report and background piece on the dispute between the ferry operator and its crews
Current Headlines
lakesidecourier.com · 20 min ago
Ferry crews accept mediation, Monday walkout called off
The operator and the crews' union agreed to talks led by two retired judges. The strike \
planned for Monday on all lake routes will not go ahead.
3 hrs ago
Commuters on the north shore brace for a week of delays
Northshore Daily
Employers are letting staff work from home while the crossings run a reduced timetable.
Harbour Post
Yesterday, 17:30
Economists put the cost of the strike at two million a day
Tourism and freight firms on the islands are hit hardest, the chamber of commerce said.
Island Weekly
Comment: The crews have spent the last of their goodwill
12.03.2026
"""


def test_topic_description_is_no_card_title() -> None:
    drafts = split(TOPIC_PAGE)
    assert all(draft.role == "related" for draft in drafts)
    first = drafts[0]
    assert first.title == "Ferry crews accept mediation, Monday walkout called off"
    assert first.source == "lakesidecourier.com" and first.time_text == "20 min ago"
    assert "dispute between the ferry operator" not in " ".join(d.title for d in drafts)
    assert drafts[1].title == "Commuters on the north shore brace for a week of delays"
    assert drafts[1].time_text == "3 hrs ago"


def test_name_with_an_initial_dot_is_a_source() -> None:
    assert _is_source_name("Diário de S.Rafael")
    assert _is_source_name("St. Brendan Evening Herald")
    assert not _is_source_name("So. Then")


def test_an_initial_before_a_surname_or_another_initial_keeps_a_persons_name() -> None:
    assert _person_name("J. Brandt") and _person_name("A. B. Cole")


@pytest.mark.parametrize("fragments", ["Go. Now", "Vs. Rovers", "Hi. Bye", "Ok. Fine", "It. Is"])
def test_two_short_sentences_are_no_name(fragments: str) -> None:
    assert not _is_name(fragments)
    assert not _person_name(fragments)
    assert not _is_source_name(fragments)


def test_name_under_card_headline_is_not_next_card_source() -> None:
    lines = (
        "2 hours ago",
        "River port tariffs to rise by a fifth from April, council confirms",
        "Gazeta de S.Rafael",  # the card above prints its source under its headline
        "Vale Econômico",
        "Orchard growers cut their forecast for the plum crop again",
        "45 min ago",
    )
    f = _features(lines)
    cards = [
        _Card(0, 1, 2, None, "2 hours ago"),
        _Card(3, 4, 6, "Vale Econômico", "45 min ago"),
    ]
    _sources_of_other_cards(f, cards, {0, 1, 4, 5})
    assert cards[1].source == "Vale Econômico"


def test_a_kicker_and_headline_over_a_title_first_list_are_its_first_card() -> None:
    # a kicker over the first headline and its stamp read as a list's heading and
    # description would turn every title / stamp card of the list upside down (each stamp
    # over the next card's title, the last over the footer's line): the first reading stands
    drafts = split(
        "Upland Courier\n"
        "Valley reservoir reopens to swimmers after a summer of algae warnings\n"
        "By Tobiah Renwick\n"
        "The water board lifted its warning on Tuesday after three weeks of clean samples.\n"
        "Lifeguards will return to the north beach at the weekend, a spokeswoman said.\n\n"
        "Most read\nAnalysis\n"
        "Why the hill farms are selling their flocks before the winter sales\n"
        "12 minutes ago\n"
        "Rail line to the quarry towns reopens after the landslip is cleared\n"
        "Engineers worked through the night to shore up the cutting.\n"
        "2 hours ago\n"
        "Snowplough fleet doubled for the mountain passes\n"
        "6 hours ago\n"
        "School bus timetable changes from Monday\n"
        "Yesterday at 7:40am\n"
        "Letters to the editor from across the valley\nTerms of use\n"
    )
    assert [(draft.title, draft.time_text) for draft in drafts[1:]] == [
        ("Why the hill farms are selling their flocks before the winter sales", "12 minutes ago"),
        ("Rail line to the quarry towns reopens after the landslip is cleared", "2 hours ago"),
        ("Snowplough fleet doubled for the mountain passes", "6 hours ago"),
        ("School bus timetable changes from Monday", "Yesterday at 7:40am"),
    ]
