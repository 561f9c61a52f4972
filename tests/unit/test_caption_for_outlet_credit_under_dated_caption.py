"""A photographer's "Name for OUTLET" line under a wire caption that ends on the picture's
place and date credits that caption, whatever the photographer's first name."""

from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE = (
    "Politics\n"
    "Idaho senators pass school repair bond after two failed votes\n"
    "By Ann Cole\n"
    "Published: 2 p.m. Nov. 27, 2026\n"
    "State Sen. Mara Lindqvist speaks on the Senate floor during a budget hearing at the Idaho"
    " Capitol in Boise, Nov. 25, 2026.\n"
    "Zbyszka Otterbein-Lowe for KBSX\n"
    "Idaho will borrow $300 million to repair crumbling school buildings after the Senate on"
    " Thursday approved a bond that had failed twice earlier this year.\n"
    "The measure now goes to Gov. Brad Little, who has said he will sign it before the end of"
    " the month, according to his office.\n"
)


def test_a_for_outlet_credit_under_a_dated_caption_credits_it() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert [caption.credit for caption in lead.captions] == ["Zbyszka Otterbein-Lowe for KBSX"]
    assert "Senate floor during a budget hearing" not in lead.body
    assert "Otterbein-Lowe" not in lead.body
