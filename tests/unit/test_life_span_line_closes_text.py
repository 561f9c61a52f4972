"""split: an obituary's closing facts line, spanning two full dates ("…, born 3 May 1938;
died 12 November 2026"), is the text's and stays, though it has no full stop."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 9, 5, 9, 0, tzinfo=UTC)

LIFE_SPAN = "Edwin Ross Carter, bridge engineer, born 14 February 1931; died 22 August 2026"

PAGE = (
    "Obituaries\n"
    "Edwin Carter obituary\n"
    "By Rachel Dunn\n"
    "Fri 4 Sep 2026 17.30 BST\n"
    "My father, Edwin Carter, who has died aged 95, designed three of the footbridges "
    "that still cross the river in the town where he lived for sixty years.\n"
    "He trained at the local technical college and joined the county surveyor's office "
    "in 1952, where he stayed until he retired.\n"
    "He is survived by his children, Anna and Paul, and by five grandchildren.\n"
    f"{LIFE_SPAN}\n"
)


def test_life_span_line_closing_the_text_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].body.split("\n\n")[-1] == LIFE_SPAN


def test_must_drop_a_link_spanning_two_dates_without_a_life() -> None:
    link = "Brexit timeline: from 23 June 2016 to 31 January 2020"
    page = PAGE.replace(LIFE_SPAN, link)
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert link not in drafts[0].body
