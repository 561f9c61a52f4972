"""A short line that is no sentence right under a "By …" byline and over the publisher's
name or the stamp is the author's role, never the headline; the short line between the
headline and the byline is the standfirst and starts the body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
URL = "https://www.dailycourier.example/news/province-caps-rent-increases"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


PAGE = """\
Daily Courier
Local
Politics
Province to cap rent increases for older apartment buildings
Cap takes effect in July
By Marta Kowalczyk
Parliament Hill Bureau Chief
Daily Courier
Posted March 13, 2026 4:15 pm
The province will cap rent increases at 2.5 per cent for buildings older than 1990, the \
housing minister said Friday.
Landlords who raise rents above the cap will face fines of up to $10,000.
Tenant groups welcomed the cap but said it should cover newer buildings too.
"""


def test_the_role_under_a_byline_is_no_headline() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    assert drafts[0].title == "Province to cap rent increases for older apartment buildings"
    assert "Parliament Hill Bureau Chief" not in drafts[0].body


def test_the_short_line_over_the_byline_is_the_standfirst() -> None:
    drafts = split(PAGE)
    assert drafts[0].body.startswith("Cap takes effect in July")
