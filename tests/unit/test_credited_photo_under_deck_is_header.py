"""A short headline over a standfirst without a full stop, the header's photo (its caption
with the photographer's credit) and the byline over the stamp ("Tom Hale obituary" /
"Boatbuilder who …" / "… Photograph: …" / "Sam Ward" / stamp): the photo is the header's,
no teaser's summary, so the short line over the standfirst is the headline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

PAGE = """\
Skip to main content
Skip to navigation
The Courier - Back to home
News
Opinion
Sport
Culture
Obituaries
Boats
Tom Hale obituary
Boatbuilder who kept the craft of clinker-built wooden dinghies alive on the Cornish coast
Tom Hale in 1998 at his yard in Mylor, where he built most of the dinghies that still race on \
the creek. Photograph: Jo Bell/The Courier
Sam Ward
Fri 27 Nov 2026 17.21 GMT
Share
My friend Tom Hale, who has died aged 84, built more than 300 wooden dinghies by hand in a \
shed by the creek at Mylor. He learned the trade from his father.
He is survived by his wife, Ann, and their two sons.
"""


def test_the_short_line_over_the_standfirst_is_the_headline() -> None:
    lead = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))[0]
    assert lead.title == "Tom Hale obituary"
    assert "Boatbuilder who kept the craft" in lead.body
