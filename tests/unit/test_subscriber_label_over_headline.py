"""A paid article's access label with a colon over its headline ("SUBSCRIBER CONTENT:")
labels the article: no links heading, so the headline and paragraphs under it stay the
lead's."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Harbor City Business Weekly
News
Events
SUBSCRIBER CONTENT:
Manufacturing
Boatbuilder to add 400 jobs at its east side yard
By Karen Whitlock – Manufacturing Reporter, Harbor City Business Weekly
Nov 30, 2026
Lakeshore Marine Inc. will hire about 400 workers for a second assembly line, it said Monday.
The expansion, backed by a state training grant, is expected to be finished by the spring of 2028.
Continue Reading
Subscribe now for unlimited access to local business news.
"""


def test_an_access_label_with_a_colon_is_no_links_heading() -> None:
    assert classify("SUBSCRIBER CONTENT:") is Kind.DROP
    assert classify("More from our newsroom:") is not Kind.DROP


def test_the_article_under_the_label_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts
    assert drafts[0].title == "Boatbuilder to add 400 jobs at its east side yard"
    assert "second assembly line" in drafts[0].body
