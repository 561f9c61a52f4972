"""A role line under the byline ("By Ann Lee" / "Local Democracy Reporter") says what the
author is: it is part of the byline, not a publisher over the line under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
News
Politics
Sport
Business
Dundee & Angus
Harbour board delays vote on new ferry terminal until spring
Share
By Fiona Baird
Local Democracy Reporter
Dundee & Angus
27 Nov
The harbour board has postponed a vote on the new ferry terminal until March, after \
councillors asked for a fresh study of the traffic it would bring to the waterfront.
The terminal, costed at £42 million, would replace the pier built in 1962 and take the \
larger vessels due on the island route from 2029.
Residents of the Seagate said they welcomed the delay but wanted the study published in \
full before any decision was made.
"""


def test_a_role_line_under_the_byline_is_no_source() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(
                text=PAGE,
                url="https://www.example-courier.example/news/harbour-board-delays-vote",
                fetched_at=datetime(2026, 11, 28, 12, 0, tzinfo=UTC),
            )
        )
    )
    assert drafts[0].title == "Harbour board delays vote on new ferry terminal until spring"
    assert drafts[0].source is None
    assert "Local Democracy Reporter" not in drafts[0].body
