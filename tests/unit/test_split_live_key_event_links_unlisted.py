"""A live blog without a stamp of its own: the dated clock of a "Key events" link ("15:02
GMT 29 November" / "Bridge closed", the entry's headline printed again further down under
"15:02 GMT") is its entry's, no stamp of the blog (README, What is an article: the blog's
stamp is the one printed with its headline, not an entry's)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 16, 0, tzinfo=UTC)
URL = "https://broadcaster.example/news/live/storm-morwenna"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def entry(clock: str, headline: str, text: str, byline: str = "") -> str:
    return f"{clock}\n{headline}\n{byline}{text}\nShare\n"


ENTRIES = (
    entry(
        "15:20 GMT",
        "The latest: ferries cancelled as winds peak",
        "All sailings between the mainland and the islands have been cancelled for the rest of "
        "the day, the ferry operator says, with gusts of 75mph recorded at the harbour.",
        "Tom Ward\nLive page editor\n",
    )
    + entry(
        "15:02 GMT",
        "Coast road closed after landslip",
        "The coast road north of the town has been shut in both directions after part of the "
        "cliff slipped onto the carriageway. Nobody was hurt, police say.",
        "Ann Lee\nReporting from the coast\n",
    )
    + entry(
        "14:36 GMT",
        "Forecasters: 'A proper autumn storm'",
        "Forecasters say the strongest winds should pass east by early evening, but heavy rain "
        "will keep rivers rising well into Monday morning across the region.",
    )
    + entry(
        "13:41 GMT",
        "Walker rescued from flooded footpath",
        "A walker in her 60s has been rescued by firefighters after being cut off by floodwater "
        "on a footpath near the river, the fire service says.",
    )
)

PAGE = (
    "News\nSport\nWeather\nHome\nUK\nWorld\nLive\n"
    "Storm Morwenna: Ferries cancelled and roads shut as gales hit the coast\n"
    "Summary\n"
    "An amber wind warning covers the coast until 18:00 GMT, with gusts of up to 75mph\n"
    "All ferry sailings to the islands are cancelled for the rest of the day\n"
    "The coast road north of the town is closed after a landslip\n"
    "Key events\n"
    "15:02 GMT 29 November\nCoast road closed after landslip\n"
    "13:41 GMT 29 November\nWalker rescued from flooded footpath\n"
    "Show more\n"
    f"{ENTRIES}"
)


def test_key_event_link_clock_is_no_stamp_of_the_blog() -> None:
    blog = split(PAGE)[0]
    assert blog.title == "Storm Morwenna: Ferries cancelled and roads shut as gales hit the coast"
    assert blog.time_text is None


def test_blog_stamp_under_the_headline_stays() -> None:
    """Must stay: a stamp printed with the blog's headline is its stamp."""
    stamped = PAGE.replace("Summary\n", "Updated 15:25 GMT 29 November\nSummary\n")
    assert split(stamped)[0].time_text == "Updated 15:25 GMT 29 November"
