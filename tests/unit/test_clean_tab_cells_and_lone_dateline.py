"""clean: a tab between a line's cells (a table row as innerText gives it: "Title\\tSource\\t
12m") keeps the cells apart with a one-line card's separator, so each row stays a card; a
dateline printed alone on its line ("LAHORE:") opens the paragraph under it and stays."""

from datetime import UTC, datetime

from streams.clean import clean_page, normalise_text
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://www.example-news.example/latest"

ROWS = """\
Headlines
Top stories
Ferry services cancelled as storm reaches the west coast\tCoast Herald\t8m
Council approves new cycle lanes for city centre\tMetro Daily\t32m
Train drivers vote to accept pay offer\tRail Times\t2h
More headlines
"""

DATELINE = """\
Business
Wheat flour prices rise for third week in a row
Staff Reporter
November 27, 2026
LAHORE:
The price of a 20kg bag of flour rose by Rs150 in city markets, traders said.
Mill owners blamed the cost of wheat and electricity.
"""


def test_tabs_between_cells_become_a_card_separator() -> None:
    assert (
        normalise_text("Title of a story\tThe Source\t12m\n")
        == "Title of a story · The Source · 12m\n"
    )


def test_must_keep_one_tab_between_words_a_space() -> None:
    assert normalise_text("The ferry\tleft at noon.\n") == "The ferry left at noon.\n"


def test_tab_rows_give_one_card_each() -> None:
    page = clean_page(RawPage(text=ROWS, url=URL, fetched_at=FETCHED))
    drafts = split_articles(page)
    assert [(d.title, d.source) for d in drafts] == [
        ("Ferry services cancelled as storm reaches the west coast", "Coast Herald"),
        ("Council approves new cycle lanes for city centre", "Metro Daily"),
        ("Train drivers vote to accept pay offer", "Rail Times"),
    ]


def test_a_lone_dateline_opens_the_first_paragraph() -> None:
    page = clean_page(RawPage(text=DATELINE, url=URL, fetched_at=FETCHED))
    assert (
        "LAHORE: The price of a 20kg bag of flour rose by Rs150 in city markets, traders said."
        in page.lines
    )


def test_must_keep_a_label_over_a_headline_apart() -> None:
    text = DATELINE.replace("LAHORE:", "WATCH:").replace(
        "The price of a 20kg bag", "Flour queues grow in Lahore\nThe price of a 20kg bag"
    )
    page = clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED))
    assert not any(line.startswith("WATCH: ") for line in page.lines)


def test_must_keep_a_capitals_label_that_names_no_place_apart() -> None:
    text = DATELINE.replace("LAHORE:", "KEY POINTS:")
    page = clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED))
    assert not any(line.startswith("KEY POINTS: ") for line in page.lines)
