"""An opinion card whose headline is two sentences ("… a deal. It won't come cheap.") over
a newsroom's credit ("The Editorial Board") over its stamp: the credit is the card's
byline, never its title, and the headline over it is the card's title, not more text of
the card above."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
PAGE = (
    "The Lakeside Ledger\nNews\nSports\nOpinion\n\n"
    "Ice storm knocks out power to 40,000 homes across three counties\n"
    "Crews from neighbouring states are on their way, the utility said.\n"
    "2 hrs ago\n"
    "Opinion\n"
    "The county needs a new jail deal. It won't come cheap.\n"
    "The Editorial Board\n"
    "5 hrs ago\n"
)


def test_newsroom_credit_is_the_byline_under_a_two_sentence_headline() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts]
    assert "The Editorial Board" not in titles
    assert titles[-1] == "The county needs a new jail deal. It won't come cheap."
    assert drafts[-1].time_text == "5 hrs ago"


def test_newsroom_credit_line_is_no_title() -> None:
    assert not _is_title("The Editorial Board")
    assert _is_title("The Board That Ran the County for Forty Years")
