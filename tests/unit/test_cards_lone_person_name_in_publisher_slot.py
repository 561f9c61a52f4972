"""A feed whose cards each print "Publisher · age" under their titles: one publisher's name
that reads as a person's ("Jordan Current", "Jordan" a first name) stands in the slot where
every other card prints its publisher, so it is that card's publisher too, not an author's.
A feed of authors' names keeps them authors (no source)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PUBLISHERS = (
    "Local News\n"
    "Snow emergency declared in Fairview beginning 9 p.m. Saturday\nWFXR News · 1h\n"
    "Man charged in fatal crash on Route 9 near the county line\nKTVB · 4h\n"
    "City council passes 2027 budget after a late-night session\nThe Valley Star · 5h\n"
    "Riverside school board rejects later start times for high schools\n"
    "Jordan Current · 1d\n"
    "Download the App\n"
)
AUTHORS = (
    "Latest\n"
    "Why the new transit plan leaves the suburbs behind again\nMaria Lopez · 1h\n"
    "The quiet collapse of the neighbourhood hardware store\nDavid Chen · 4h\n"
    "What a four-day school week taught one rural district\nSarah Kim · 5h\n"
    "Download the App\n"
)


def _sources(text: str) -> dict[str, str | None]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return {draft.title: draft.source for draft in drafts}


def test_person_shaped_name_among_publishers_is_a_publisher() -> None:
    sources = _sources(PUBLISHERS)
    assert sources["Riverside school board rejects later start times for high schools"] == (
        "Jordan Current"
    )
    assert sources["Man charged in fatal crash on Route 9 near the county line"] == "KTVB"


def test_feed_of_authors_names_keeps_no_source() -> None:
    assert set(_sources(AUTHORS).values()) == {None}
