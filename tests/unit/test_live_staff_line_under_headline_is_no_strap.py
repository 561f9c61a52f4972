"""A line crediting a live blog's newsroom right under its headline ("Politics team and
agencies") is the header's, however many words it has: no strap opening the body."""

from streams.model import RawPage
from streams.pipeline import process_page

BLOG = (
    "Politics\n"
    "Spending review live: minister sets out cuts to departments\n"
    "Westminster team and agencies\n"
    "November 29, 2026 12:40 GMT\n"
    "12:40\n"
    "Schools budget protected\n"
    "The minister said spending on schools would rise in line with inflation.\n"
    "12:31\n"
    "Transport cuts\n"
    "Road building will be cut by a tenth over three years, the minister said.\n"
)


def test_a_newsroom_credit_under_a_live_headline_stays_out_of_the_body() -> None:
    lead = process_page(RawPage(text=BLOG))[0]
    assert lead.title == "Spending review live: minister sets out cuts to departments"
    assert "Westminster team and agencies" not in lead.body
    assert "spending on schools would rise" in lead.body
