"""A video player's title that closes on a quoted word ("… says strike is 'unjustified'")
is a headline, not a quoted sentence: it goes with the player's notice and length."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Bus drivers in Leeds to strike over pay next week
Nadia Price
Transport reporter
Monday 30 November 2026 10:15, UK
Please use Chrome browser for a more accessible video player
1:48
Council leader calls walkout 'regrettable'
Bus drivers across Leeds will walk out for three days from Tuesday after talks on pay broke down.
The union said the latest offer fell well short of inflation over the past two years.
The operator said it would run a reduced timetable on the busiest routes."""


def test_a_player_title_closing_on_a_quoted_word_leaves_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "regrettable" not in lead.body
    assert lead.body.startswith("Bus drivers across Leeds")
