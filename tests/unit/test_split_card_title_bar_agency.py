"""split: a headline with its agency after a bar ("… | Reuters", a caption's shape) over a
summary's sentence and a stamp is a card's title: a list of such cards stays a list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

PAGE = "\n".join(
    (
        "Home",
        "Latest",
        "Wheat futures climb as dry weather hits the plains | Reuters",
        "Prices rose for a second session on Tuesday as forecasts showed little rain.",
        "1 hour ago",
        "Ferry strike strands travellers on Greek islands | AFP",
        "Seamen walked out for 48 hours over pay and staffing rules.",
        "4 hours ago",
    )
)


def test_bar_agency_titles_over_summary_and_stamp_are_cards() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, url=None, fetched_at=FETCHED)))
    assert [d.title for d in drafts] == [
        "Wheat futures climb as dry weather hits the plains | Reuters",
        "Ferry strike strands travellers on Greek islands | AFP",
    ]
