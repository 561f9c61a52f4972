"""split: an obituary's closing facts line whose dates print the month first and no comma
("born April 9 1937, died October 30 2026", British style) is the text's life span too, and
stays though it has no full stop."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)

LIFE_SPAN = "Sir Alan Pryor, born April 9 1937, died October 30 2026"

PAGE = (
    "Obituaries\n"
    "Sir Alan Pryor, shipbuilder who kept the Clyde yards open – obituary\n"
    "By Helen Ward\n"
    "2 November 2026 • 6:00pm\n"
    "Sir Alan Pryor, who has died aged 89, ran the last of the big Clyde shipyards through "
    "two decades of closures and won the orders that kept it open.\n"
    "He left school at 15 to work as an apprentice riveter and rose to be managing director "
    "by the age of 40.\n"
    "He married, in 1961, Jean Moffat, who survives him with their three sons.\n"
    f"{LIFE_SPAN}\n"
)


def test_month_first_life_span_closing_the_text_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].body.split("\n\n")[-1] == LIFE_SPAN


def test_life_span_with_ordinal_days_stays() -> None:
    """Irish style: the days print their ordinals ("March 14th, 1938")."""
    life_span = "Sir Alan Pryor: born April 9th, 1937; died October 30th, 2026"
    page = PAGE.replace(LIFE_SPAN, life_span)
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert drafts[0].body.split("\n\n")[-1] == life_span
