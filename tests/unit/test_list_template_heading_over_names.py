"""split_template: a run of name / stamp / title cards is read with the names closing the
cards only when the first name reads as the list's heading; a publisher there ("KXRT")
opens the first card, and a name under the last title is the next module's heading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


NAMES_OPENING = """\
Newsfeed
Top stories
KXRT
1h
Riverside council votes to extend the light rail to the airport
KBNW
2h
Sheriff's office names new undersheriff after long search
Riverside Daily Press
4h
Regional airport adds nonstop flights to Chicago and Atlanta
Riverside Rattlers

Scores
Rattlers 4, Hawks 2
"""


def test_a_publisher_over_the_first_stamp_opens_its_card() -> None:
    drafts = split(NAMES_OPENING)
    assert [(draft.title[:20], draft.source) for draft in drafts] == [
        ("Riverside council vo", "KXRT"),
        ("Sheriff's office nam", "KBNW"),
        ("Regional airport add", "Riverside Daily Press"),
    ]
