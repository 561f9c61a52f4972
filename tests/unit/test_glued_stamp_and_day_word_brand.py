"""innerText glues a stamp to the label printed after it ("08:12 UhrLesedauer: 3 Min."): the
stamp is read whole; and a day's word ending a paper's name in a byline ("Jorge L. Ortiz, USA
TODAY") is no stamp of the article."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _meta
from streams.timestamps import glued_stamp_parts

FETCHED = datetime(2026, 11, 22, 21, 15, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_stamp_glued_to_a_reading_time_keeps_its_clock() -> None:
    line = "Aktualisiert am 27.11.2026 – 08:12 UhrLesedauer: 3 Min."
    assert _meta(line) == (None, "Aktualisiert am 27.11.2026 08:12 Uhr")
    assert _meta("Reuters · 10:12 AMRead time 3 min") == ("Reuters", "10:12 AM")


def test_a_name_with_a_capital_inside_is_no_glued_stamp() -> None:
    # must stay: "McClatchy", "iPhone 17": no stamp before the glue, the part stays whole
    assert glued_stamp_parts("McClatchy") == ["McClatchy"]
    assert glued_stamp_parts("Apple iPhone 17Pro review") == ["Apple iPhone 17Pro review"]
    assert _meta("McClatchy · 2h") == ("McClatchy", "2h")


STORY = """\
Portal
News
USA TODAY
Winter storm to snarl Thanksgiving travel for millions across the Midwest
Jorge L. Ortiz, {0}
{1}
A powerful winter storm is expected to bring heavy snow, freezing rain and gusty winds to \
the Midwest and Northeast in the days before Thanksgiving, forecasters said on Sunday.
Several airlines said they were monitoring the storm and could issue travel waivers allowing \
passengers to rebook without change fees.
"""


def test_a_day_word_ending_a_papers_name_in_the_byline_is_no_stamp() -> None:
    lead = split(STORY.format("USA TODAY", "Updated Sun, November 22, 2026 at 3:40 PM"))[0]
    assert lead.time_text == "Updated Sun, November 22, 2026 at 3:40 PM"


def test_a_stamp_glued_to_a_byline_stays_the_stamp() -> None:
    # must stay: a stamp after a space with its digits, a day's word after a comma
    lead = split(STORY.format("Staff Writer Updated 2 hours ago", "3 min read"))[0]
    assert lead.time_text == "Updated 2 hours ago"
    assert split(STORY.format("yesterday", "3 min read"))[0].time_text == "yesterday"
