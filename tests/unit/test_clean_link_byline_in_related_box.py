"""clean: a story promoted between the lead's paragraphs under "Also read:" prints its
headline and its byline ("By Ann Lee"): the byline goes with the link, so it ends no text
as an author box and the lead's paragraphs under it stay the lead's (auditor A's A-13)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

PAGE = """\
Northshire Gazette
News
Sport
Harbour car park charges to double from January
By Tom Hadley
Published 30th Nov 2026, 11:05 GMT
Parking at the harbour car park will cost £4 an hour from January, council papers show.
The council said the rise would pay for new lighting and repairs.
Also read:
Northshire Christmas market 2026: opening times and what to expect
By Abbey Maclure
Shop owner Jim Carter said some cafes would close.
The plans will go before the cabinet next Tuesday.
"""


def test_the_byline_under_a_promoted_link_goes_with_it() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "By Abbey Maclure" not in lines
    assert "Shop owner Jim Carter said some cafes would close." in lines


def test_the_lead_goes_on_under_the_promo() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    body = drafts[0].body
    assert "The plans will go before the cabinet next Tuesday." in body
    assert "Abbey Maclure" not in body
