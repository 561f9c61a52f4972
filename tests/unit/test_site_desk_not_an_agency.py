"""A news agency's name in the byline's place is the story's source even when the masthead's
initials open it ("ANSA" under "ABC News"): an agency is no desk of the site's own."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_sources import site_desk

PAGE = """\
ABC News
World
Europe
Italy
Venice to double its day-tripper fee on the busiest weekends
ANSA
Last Updated : 30 November 2026, 06:15 GMT
Venice will charge day visitors 10 euros on thirty peak days next year, the city council \
decided on Sunday.
The fee, first tried in 2024, raised more than 2 million euros in its first season.
"""


def test_an_agency_opened_by_the_mastheads_initials_is_the_source() -> None:
    assert not site_desk("ANSA", frozenset(), "ABC News")
    assert site_desk("ANNS", frozenset(), "ABC News")  # (its news service: its desk)
    drafts = split_articles(
        clean_page(RawPage(text=PAGE, fetched_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC)))
    )
    assert drafts[0].title == "Venice to double its day-tripper fee on the busiest weekends"
    assert drafts[0].source == "ANSA"
