"""A live blog's strap right under its headline, a standfirst's few words with no full stop
and no stamp over it ("Latest updates as the flood peaks"), is the start of its body; a
shorter line there ("Staff reporters") stays out."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

ENTRIES = """\
11:40am
Evacuation centres open in Grafton
The council has opened two evacuation centres for residents of low-lying streets.
11:05am
River expected to peak tonight
The Bureau of Meteorology says the Clarence River will peak at about 8.1 metres tonight.
10:30am
Roads cut north of the town
Several roads north of Grafton are cut and drivers are told not to enter floodwater.
"""


def split(strap: str) -> list[ArticleDraft]:
    text = f"Northern Times\nLive: Clarence River floods Grafton as residents flee\n{strap}\n"
    raw = RawPage(text=text + ENTRIES, fetched_at=datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    return split_articles(clean_page(raw))


def test_strap_under_live_headline_opens_the_body() -> None:
    lead = split("Latest updates as the flood peaks")[0]
    assert lead.title == "Live: Clarence River floods Grafton as residents flee"
    assert lead.body.startswith("Latest updates as the flood peaks")
    assert "River expected to peak tonight" in lead.body


def test_short_line_under_live_headline_stays_out() -> None:
    lead = split("Staff reporters")[0]
    assert "Staff reporters" not in lead.body
    assert lead.body.startswith("11:40am")
