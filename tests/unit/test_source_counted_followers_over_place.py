"""A publisher's name over its count of followers, its place printed between the count and
the stamp over the headline ("Name" / "1.2K followers" / "Town, ST" / "2 hrs ago"): the
story's source, though its name has a digit no outlet's shape allows."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
URL = "https://www.localfeed.example/harbor-ferry-service-resumes-1234"

PAGE = """\
LocalFeed
Local
Politics
Sports
News 9 Harborview
3.4K followers
Follow
Harborview, ME
2 hrs ago
Harbor ferry service resumes after two-week repair of the main ramp
Harbor ferry service resumes after two-week repair of the main ramp
HARBORVIEW, Maine — The ferry to Long Island resumed its full schedule on Saturday after \
crews finished replacing the hydraulic ramp that failed two weeks ago, the port authority said.
During the repair, islanders relied on a water taxi that carried passengers but no vehicles, \
and the town opened its school gym for residents who could not get home.
Port director Dana Pike said the new ramp should last twenty years and that the old one will \
be sold for scrap.
Comments / 12
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_the_name_over_its_follower_count_is_the_source() -> None:
    drafts = split(PAGE)
    assert drafts[0].role == "lead"
    assert drafts[0].source == "News 9 Harborview"
