"""split: a short headline under a section kicker ("Obituary" / "Peter Wren obituary") is
the headline, not a second kicker, when the URL's slug spells every word of it: the
longer line under it (over the photo's caption and the byline) is the standfirst, kept
in the body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

PAGE = (
    "Obituaries\n"
    "Obituary\n"
    "Peter Wren obituary\n"
    "Lighthouse keeper who kept the last manned light on the Welsh coast running for "
    "thirty years and wrote a history of its keepers\n"
    "Peter Wren at the lighthouse in 1975. He kept its lamp lit through the storm of that "
    "winter. Photograph: family handout\n"
    "Helen Marsh\n"
    "Fri 13 Mar 2026 17.30 GMT\n"
    "Peter Wren, who has died aged 91, was the last principal keeper of the light on "
    "the headland, where he lived with his family from 1959 until it was automated.\n"
    "He kept a log of every ship that passed in bad weather, and later gave the "
    "volumes to the county archive, where historians still consult them.\n"
    "Born in Swansea, he went to sea at 16 and served as a deckhand on coasters "
    "before he joined the lighthouse service in 1952.\n"
)


def _lead(url: str) -> tuple[str, str]:
    drafts = split_articles(clean_page(RawPage(text=PAGE, url=url, fetched_at=FETCHED)))
    return drafts[0].title, drafts[0].body


def test_short_headline_spelled_by_the_slug_is_the_headline() -> None:
    title, body = _lead("https://news.example.org/uk/2026/mar/13/peter-wren-obituary")
    assert title == "Peter Wren obituary"
    assert body.startswith("Lighthouse keeper who kept the last manned light")


def test_short_line_the_slug_does_not_spell_stays_a_kicker() -> None:
    title, _ = _lead("https://news.example.org/uk/2026/mar/13/lighthouse-keeper-dies")
    assert title.startswith("Lighthouse keeper who kept the last manned light")
