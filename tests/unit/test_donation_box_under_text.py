"""A donation box under the text, between a card's stamp or a share bar and its button
("Newsroom Trust keeps reporting free" / "Every gift pays for … ." / "Donate now"), is the
site's appeal, not text of the card or story over it. A story's closing paragraph over a
footer's "Donate" link stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Fact checks
No, supermarkets are not rationing bread this winter
A post shared thousands of times says shoppers will be limited to two loaves a week.
28 November 2026
The post claims that the government has told supermarkets to ration bread from December.
There is no such instruction. The Department for Environment said it had issued no guidance on bread sales.
Bakers we spoke to said supplies of flour were normal for the time of year.
Share this article
Facebook
Email
Related fact checks
Photo of empty shelves is from a 2020 storm
24 November 2026
Newsroom Trust keeps reporting free
Every gift pays for the checks we publish each week. We take no money from government.
Donate now
Privacy
"""  # noqa: E501


def test_the_donation_box_is_no_cards_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert all("Every gift" not in draft.body for draft in drafts)
    assert all("keeps reporting free" not in draft.body for draft in drafts)
    assert "Bakers we spoke to" in drafts[0].body


def test_a_closing_paragraph_over_a_donate_link_stays() -> None:
    page = PAGE.replace(
        "Share this article\nFacebook\nEmail\nRelated fact checks\n"
        "Photo of empty shelves is from a 2020 storm\n24 November 2026\n"
        "Newsroom Trust keeps reporting free\n"
        "Every gift pays for the checks we publish each week. We take no money from government.\n",
        "",
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert "Bakers we spoke to said supplies of flour were normal" in drafts[0].body
