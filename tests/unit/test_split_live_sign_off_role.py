"""split_live: an entry's sign-off, the author's name over a role ("Deputy political
editor") right over the next entry's clock, goes from the body however many paragraphs the
blog has read before it."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Courier News
Politics
Live
Spending review live: Chancellor sets out department budgets for three years
Updated 13:40
13:40
Opposition attacks 'smoke and mirrors' review
The shadow chancellor said the plans would "hit families who are already struggling".
She said the figures did not add up and called for an independent check.
Nia Harlow
Political reporter
13:22
Health budget to rise by 3% a year
The health service will get the largest rise of any department, the chancellor said.
Waiting lists are expected to fall below seven million by 2028, according to officials.
Tom Reddy
Deputy political editor
13:05
Chancellor rises to deliver the review
The chancellor has begun her statement in the Commons.
"""


def test_a_sign_off_role_over_the_next_entrys_clock_is_dropped() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Waiting lists are expected to fall" in body
    assert "Chancellor rises to deliver the review" in body
    assert "Political reporter" not in body
    assert "Deputy political editor" not in body
