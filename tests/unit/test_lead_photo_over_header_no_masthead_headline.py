"""A lead photo's caption and its labelled credit printed between the site's menu and the
story's header ("Obituaries" / caption / "Photograph: …" / kicker / headline / standfirst /
author / stamp / text): the caption is no text under the masthead, which stays no headline;
the headline over the stamp is the lead's, with its text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)

PAGE = """\
The Harbour Herald - Back to home
News
Opinion
Sport
Culture
Obituaries
Tom Becker at his boatyard in Whitby in 1979, with the last trawler he built.
Photograph: Ann Cole/The Harbour Herald
Shipbuilding
Obituary
Tom Becker obituary
Boatbuilder whose wooden trawlers worked the North Sea for half a century
Ruth Marsh
Sun 29 Nov 2026 15.20 GMT
Tom Becker, who has died aged 88, built more than 60 wooden fishing boats at his yard on the Esk in Whitby between 1958 and 1996.
He learned the trade from his father, who had built cobles on the same slipway, and took over the yard when he was 24.
His trawlers were known along the coast for their seakeeping, and several are still fishing out of Scarborough and Bridlington.
He is survived by his wife, Joan, and their two sons.
Tom Becker, boatbuilder, born 2 May 1938; died 14 November 2026
"""  # noqa: E501


def test_the_headline_over_the_stamp_is_the_lead_s_not_the_masthead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert drafts[0].title == "Tom Becker obituary"
    assert drafts[0].time_text == "Sun 29 Nov 2026 15.20 GMT"
    assert "Tom Becker, who has died aged 88" in drafts[0].body
