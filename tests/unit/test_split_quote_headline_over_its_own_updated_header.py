"""An interview's headline is a quotation in full over its published stamp, then a
title-like standfirst the URL's slug names, the byline and a "Last modified" stamp: the
card under the quotation, stamped only by an update, is the quotation's own header, so the
quotation stays the headline (a fact check's claim stands over a story stamped as
published)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
QUOTE = "“I was told to keep quiet, so I wrote it all down”"
TEXT = (
    "Weekend Review\nSociety\nInterview\n"
    f"{QUOTE}\n"
    "Fri 4 Dec 2026 06.00 GMT\n"
    "The nurse who warned of ward staffing shortages at St Anne’s hospital on winning her "
    "tribunal and what comes next\n"
    "Interview by Maya Greenberg\n"
    "Last modified Fri 4 Dec 2026 09.12 GMT\n"
    "Ruth Adebayo kept a notebook in her locker for eighteen months. Each shift she wrote "
    "down how many nurses were on the ward.\n"
    "Last week an employment tribunal ruled that the hospital trust had treated her "
    "unfairly after she raised those figures with managers.\n"
    "The trust said it accepted the ruling and had changed how concerns are handled.\n"
)
URL = (
    "https://www.weekendreview.example/society/"
    "nurse-who-warned-of-ward-staffing-wins-tribunal-interview"
)


def test_a_quoted_headline_over_its_updated_header_stays_the_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=TEXT, url=URL, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [QUOTE]
    assert "Ruth Adebayo kept a notebook" in drafts[0].body
