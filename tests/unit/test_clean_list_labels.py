"""clean: a block heading's mark records whether its words announce a list of stories
("Related stories", "Editors' Picks"; ``CleanPage.lists``), which "Related" alone or "Read
more" does not say, or the next story ("Up next", "More news"; ``CleanPage.streams``):
split tells a list box's cards from the text's own sub-headings, and a box's lone card
from the next story printed in full, by them."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import announces_list, announces_stream
from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
TEXT = (
    "Tram line to run every six minutes from May\n"
    "4 March 2026, 11:20\n"
    "Trams on the east line will run every six minutes at peak times from May, the "
    "operator said on Tuesday after a year of complaints about crowding.\n"
    "{label}\n"
    "Night buses return to the harbour route after a two-year gap\n"
    "The council has found the money to run three services a night at weekends.\n"
)


@pytest.mark.parametrize(
    "label", ["Related stories", "Editors’ Picks", "Noticias relacionadas", "Weitere Beiträge"]
)
def test_label_words_announce_a_list(label: str) -> None:
    assert announces_list(label)


@pytest.mark.parametrize("label", ["Related", "Read more", "À lire aussi", "Up next"])
def test_a_label_without_list_words_announces_none(label: str) -> None:
    assert not announces_list(label)


def test_the_mark_of_a_listing_heading_is_recorded() -> None:
    page = clean_page(RawPage(text=TEXT.format(label="Related stories"), fetched_at=FETCHED))
    assert page.lists
    assert set(page.lists) <= {index for index, _ in page.marks}


def test_a_bare_related_heading_records_no_list() -> None:
    page = clean_page(RawPage(text=TEXT.format(label="Related"), fetched_at=FETCHED))
    assert page.marks
    assert not page.lists


@pytest.mark.parametrize("label", ["Up next", "Read next", "More news", "Article suivant"])
def test_label_words_announce_the_next_story(label: str) -> None:
    assert announces_stream(label)


@pytest.mark.parametrize("label", ["Related", "Read more", "Related stories", "Mehr zum Thema"])
def test_a_box_label_announces_no_next_story(label: str) -> None:
    assert not announces_stream(label)


def test_the_mark_of_a_next_story_heading_is_recorded() -> None:
    page = clean_page(RawPage(text=TEXT.format(label="Up next"), fetched_at=FETCHED))
    assert page.streams
    assert set(page.streams) <= {index for index, _ in page.marks}
