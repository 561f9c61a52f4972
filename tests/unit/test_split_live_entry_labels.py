"""split_live: a labelled stamp under the blog's bare header stamp is no first publication
when the entries print its label again (auditor C's C1)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# C1 (probes c1, c2): the header's bare stamp, then entries stamped with a labelled date
LABELLED_ENTRIES_EN = """\
Skip to content
Menu
Local News
Weather
Live
Storm live updates: thousands without power as high winds hit Vancouver Island
Staff
10 March 2026
Posted 10 Mar 2026 14:52
BC Hydro says about 48,000 customers on Vancouver Island are without power as gusts reached \
110 km/h in Victoria on Tuesday afternoon.
Share
Posted 10 Mar 2026 13:30
Ferry sailings between Tsawwassen and Swartz Bay have been cancelled for the rest of the \
afternoon, BC Ferries said.
Share
Posted 10 Mar 2026 12:05
Environment Canada has upgraded its wind warning for Greater Victoria, with gusts of up to 120 \
km/h expected by evening.
Share
Posted 10 Mar 2026 11:10
Schools in the Saanich district will close early on Tuesday, the district said in a message to \
parents.
Share
More from Local News
Victoria council approves new bike lane on Fort Street
2 hours ago
Langford rink to close for repairs
5 hours ago
"""

LABELLED_ENTRIES_DE = """\
Startseite
Regional
Liveblog
Streik bei der BVG: Busse und Bahnen stehen still
10.03.2026, 06:00 Uhr
Veröffentlicht am 10.03.2026 um 14:52 Uhr
Die Verhandlungen zwischen Verdi und der BVG sollen am Donnerstag fortgesetzt werden, teilte \
die Gewerkschaft mit.
Veröffentlicht am 10.03.2026 um 12:30 Uhr
Auf der Stadtautobahn staut sich der Verkehr auf mehr als 15 Kilometern, meldet die \
Verkehrsinformationszentrale.
Veröffentlicht am 10.03.2026 um 09:15 Uhr
Auch die S-Bahn ist betroffen, weil Stellwerke der BVG nicht besetzt sind, sagte ein Sprecher \
der Deutschen Bahn.
Veröffentlicht am 10.03.2026 um 06:05 Uhr
Seit drei Uhr am Morgen fahren keine U-Bahnen und Straßenbahnen mehr in Berlin.
Weitere Nachrichten
Senat plant neue Parkgebühren
vor 2 Stunden
"""


@pytest.mark.parametrize(
    ("text", "header", "first_entry"),
    [
        (LABELLED_ENTRIES_EN, "10 March 2026", "Posted 10 Mar 2026 14:52"),
        (LABELLED_ENTRIES_DE, "10.03.2026, 06:00 Uhr", "Veröffentlicht am 10.03.2026 um 14:52 Uhr"),
    ],
)
def test_an_entries_label_under_the_header_stamp_is_no_first_publication(
    text: str, header: str, first_entry: str
) -> None:
    blog = split(text)[0]
    assert blog.time_text == header
    assert blog.body.startswith(first_entry)  # the first entry keeps its stamp


# auditor D's D9 (probe g1): the entries print the header's label word over a clock only
# ("Published at 15:41"): no date repeats, the header's labelled line is the first publication
PUBLISHED_LABEL_CLOCK_ENTRIES = """\
The Northern Star
News
LIVE
Storm Ellen live: roads closed as 78mph gusts hit the region
Tue 10 Mar 2026 15.41 GMT
Published 10 Mar 2026 07.05 GMT
Key events
15:41
Published at 15:41
Northern Powergrid says 30,000 homes are now without power, up from 18,000 an hour ago.
14:20
Published at 14:20
The A646 between Hebden Bridge and Todmorden is closed in both directions after a tree came down.
13:45
Published at 13:45
Gusts of 78mph were recorded at Emley Moor this afternoon, the Met Office says.
Share
"""


def test_an_entries_labelled_clock_leaves_the_headers_publication() -> None:
    blog = split(PUBLISHED_LABEL_CLOCK_ENTRIES)[0]
    assert blog.time_text == "Published 10 Mar 2026 07.05 GMT"
    assert "Published 10 Mar 2026" not in blog.body
    assert blog.body.startswith("15:41")
