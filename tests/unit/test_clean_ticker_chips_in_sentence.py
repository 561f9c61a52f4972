"""clean: ticker chips printed inside a sentence (name / symbol / day's change / the sentence
going on in lower case) lose their symbol and change; the name stays and its sentence is
joined again. A table of quotes, each change over the next company's name, stays as it is."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://www.example-markets.example/2026/11/29/retail-stocks"

STORY = """\
Markets
Retail stocks climb after strong holiday sales data
Published Sat, Nov 29 2026 10:02 AM EST
Walmart
WMT
+3.05%
shares gained 3% on Friday after early holiday sales came in ahead of forecasts.
Target
TGT
+1.80%
and Costco
COST
-0.42%
moved in opposite directions.
Analysts said the season had started well.
"""

TABLE = """\
Market movers
Walmart
WMT
+3.05%
Target
TGT
+1.80%
Costco
COST
-0.42%
"""


def lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)).lines


def test_chips_inside_sentences_leave_the_names_in_their_sentences() -> None:
    cleaned = lines(STORY)
    assert (
        "Walmart shares gained 3% on Friday after early holiday sales came in ahead of forecasts."
        in cleaned
    )
    assert "Target and Costco moved in opposite directions." in cleaned
    assert not any(line in {"WMT", "+3.05%", "COST", "-0.42%"} for line in cleaned)


def test_must_keep_a_table_of_quotes() -> None:
    cleaned = lines(TABLE)
    assert "WMT" in cleaned
    assert "+1.80%" in cleaned


LABELLED = """\
Markets
Brewer agrees takeover by Dutch rival
Sat, 28 November 2026 at 9:10 am GMT
In this article:
BRW.L
+4.10%
HNK.AS
-1.25%
Workers at the brewery's plant in Burton, Britain, October 2, 2026. REUTERS/Ann Cole
LONDON, Nov 28 (Reuters) - The brewer agreed on Saturday to be bought by its Dutch rival \
for 4 billion pounds, ending months of talks.
The deal still needs the approval of shareholders.
"""


def test_labelled_quote_chips_go_with_their_label() -> None:
    cleaned = lines(LABELLED)
    assert not any(line in {"In this article:", "BRW.L", "+4.10%", "-1.25%"} for line in cleaned)
    page = clean_page(RawPage(text=LABELLED, url=URL, fetched_at=FETCHED))
    [story] = split_articles(page)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Workers at the brewery's plant in Burton, Britain, October 2, 2026.", "REUTERS/Ann Cole")
    ]
