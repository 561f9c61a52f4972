"""An agency and the kind of picture after a dash ("… on Friday. — Bernama pic") credits
the caption's sentence before it, as it does without the dash ("… on Friday. Getty Images")."""

from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE = (
    "Nation\n"
    "Flood evacuees in Kelantan rise to 12,000 as rivers swell\n"
    "Saturday, 14 Mar 2026 9:40 AM MYT\n"
    "KOTA BHARU, March 14 — The number of flood evacuees in Kelantan rose to 12,000 this"
    " morning as three main rivers passed the danger level, the state disaster committee said.\n"
    "Evacuees rest at a relief centre in Pasir Mas on Friday. — Bernama pic\n"
    "Most of the evacuees are housed in 84 relief centres across five districts, it said.\n"
    "The weather department has warned of more heavy rain until Monday.\n"
)


def test_an_agency_pic_credit_after_a_dash_credits_the_caption() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("Evacuees rest at a relief centre in Pasir Mas on Friday.", "Bernama pic")
    ]
    assert "Bernama pic" not in lead.body
