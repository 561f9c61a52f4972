"""A line ending on a newsroom's role ("… column editor") in the byline's place, right over
the stamp, is no headline: the line over it is."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
URL = "https://www.harbourgazette.example/news/2026/mar/13/letters-and-replies"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


PAGE = """\
Harbour Gazette
News
Opinion
Sport
Letters and replies
Letters and replies
Letters and replies
Letters and replies page editor
Fri 13 Mar 2026 17.30 GMT
A report on the harbour dredging misstated its cost. It is £4.2m, not £2.4m (Dredging \
starts in spring, 9 March, page 3).
A caption on the ferry timetable named the wrong pier. The boats leave from the north pier \
(Ferry times change, 10 March, page 7).
An article on the lifeboat appeal said the station opened in 1921. It opened in 1912 \
(Lifeboat crew thank donors, 11 March, page 12).
More from Letters and replies
Letters and replies
6 Mar 2026
Letters and replies
27 Feb 2026
"""


def test_the_line_over_a_staff_role_is_the_headline() -> None:
    drafts = split(PAGE)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Letters and replies"


def test_a_headline_ending_on_a_role_stays_the_headline() -> None:
    page = PAGE.replace(
        "Letters and replies page editor", "Harbour Gazette names Ann Lee as its new letters editor"
    )
    drafts = split(page)
    assert drafts[0].title == "Harbour Gazette names Ann Lee as its new letters editor"
