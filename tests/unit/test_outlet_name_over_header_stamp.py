"""The outlet's name printed at the top of the page and again in the header, under the
standfirst and the photo's caption, over the stamp ("Valley Radio" / … / "Valley Radio" /
"Published 28/11/2026 18:05"): the header's byline, not an author box closing the text,
so the text under the stamp stays the lead's body."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Valley Radio
Home
News
Sport
Winter heating grant: who can claim it and when will it be paid?
The one-off payment for households on low incomes starts on 15 December, the council said.
Volunteers at the advice centre help residents fill in the form. (ANNA FOX / VALLEY PHOTO)
Valley Radio
Published 28/11/2026 18:05
Updated 28/11/2026 19:12
More than 4,000 households in the valley will receive the grant this winter, the council said.
Who can claim it?
Residents who receive a council tax reduction on 1 November qualify without applying.
When will it be paid?
The first payments will reach bank accounts on 15 December, and the rest before Christmas.
Contact us
"""


def test_the_text_under_the_header_stamp_stays_the_leads() -> None:
    lead = split_articles(clean_page(RawPage(text=PAGE)))[0]
    assert lead.title.startswith("Winter heating grant")
    assert "More than 4,000 households" in lead.body
    assert "When will it be paid?" in lead.body
