"""clean: a Tagalog byline ("ni Mark Anthony Reyes", lower-case as printed) under its
headline is its own line, not the headline's continuation."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    return tuple(line for line in clean_page(page).lines if line)


@pytest.mark.parametrize("byline", ["ni Mark Anthony Reyes", "ni Jun Ryan Arañas"])
def test_a_tagalog_byline_is_not_joined_onto_the_headline(byline: str) -> None:
    title = "Presyo ng bigas sa palengke, bababa sa P38 kada kilo sa Disyembre — DA"
    lines = lines_of(f"{title}\n{byline}\nNobyembre 28, 2026 | 6:40 PM PHT\n")
    assert lines[:2] == (title, byline)


def test_a_lower_case_clause_that_is_no_name_still_continues_its_line() -> None:
    """ "ni" before words that are no name ("ni de lejos", Spanish) goes on joining."""
    lines = lines_of(
        "El acuerdo con los gremios no se cerró esta semana\nni de lejos, dijeron en el "
        "ministerio.\n"
    )
    assert lines[0] == (
        "El acuerdo con los gremios no se cerró esta semana ni de lejos, dijeron en el ministerio."
    )
