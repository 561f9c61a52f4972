"""split: a story's last line that is a whole quoted sentence, however short ("“It isn’t.”"
under "… ,” Lyle said.") is the quote's last words, not trailing UI: it stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _lead_body(*lines: str) -> str:
    drafts = split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))
    return drafts[0].body


def test_a_short_quote_closing_the_story_stays() -> None:
    body = _lead_body(
        "Weather",
        "Freezing fog grounds flights at regional airport",
        "By Dana Holt",
        "Nov. 29, 2026 at 8:10 a.m.",
        "Dozens of flights were cancelled at Millbrook Regional Airport on Sunday as freezing "
        "fog settled over the valley for a second day.",
        "Airport director Sam Lyle said crews had de-iced more than 40 aircraft since dawn.",
        "“Passengers think the worst is over once they are on board,” Lyle said.",
        "“It isn’t.”",
    )
    assert body.endswith("“It isn’t.”")


def test_a_link_line_after_the_story_still_goes() -> None:
    body = _lead_body(
        "Weather",
        "Freezing fog grounds flights at regional airport",
        "By Dana Holt",
        "Nov. 29, 2026 at 8:10 a.m.",
        "Dozens of flights were cancelled at Millbrook Regional Airport on Sunday as freezing "
        "fog settled over the valley for a second day.",
        "Airport director Sam Lyle said crews had de-iced more than 40 aircraft since dawn.",
        "Flight status board",
    )
    assert "Flight status board" not in body
