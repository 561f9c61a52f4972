"""split: a ticker prints day word / unpadded clock / title with no source ("Today" / "9:41"
/ headline): the clock is the day's, one stamp on two lines. Over a title with its source
under it ("Yesterday" / "3:08" / title / "Harbour Herald Video · 2 hours ago") it is a
clip's length and the day word stands alone."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def stamps(text: str) -> dict[str, str | None]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return {d.title: d.time_text for d in drafts}


def test_a_ticker_keeps_the_clock_under_its_day_word() -> None:
    page = (
        "Riverside Courier\n"
        "Latest news\n"
        "Today\n"
        "7:52\n"
        "Bridge closed after lorry strikes parapet\n"
        "Today\n"
        "6:10\n"
        "School bus route cut as council trims budget\n"
        "Yesterday\n"
        "9:25\n"
        "Library extends weekend opening hours\n"
        "See all news\n"
    )
    got = stamps(page)
    assert got["Bridge closed after lorry strikes parapet"] == "Today 7:52"
    assert got["Library extends weekend opening hours"] == "Yesterday 9:25"


def test_must_stay_a_length_over_a_sourced_video_title_is_no_clock() -> None:
    page = (
        "Watch\n"
        "Latest videos\n"
        "Yesterday\n"
        "2:14\n"
        "Crews clear fallen trees after overnight storm\n"
        "Coast TV\n"
        "Today\n"
        "1:07\n"
        "Harbour lights switched on for the season\n"
        "Coast TV\n"
    )
    got = stamps(page)
    assert got["Crews clear fallen trees after overnight storm"] == "Yesterday"
