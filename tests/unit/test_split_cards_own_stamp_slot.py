"""A list whose cards print title / source / stamp: a card printing its stamp right under
its title prints no source, and takes none from the next card's slot (auditor B's B23:
the name over the next card's stamp is that card's). Must stay: a card with a summary
between its title and its source keeps the source over its stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.source, draft.title, draft.time_text) for draft in drafts]


ONE_CARD_NO_SOURCE = """\
News
Latest headlines
Thousands rally in Tbilisi against foreign agents law
Reuters
1 hour ago
Chile's president names new finance minister
Associated Press
2 hours ago
Heatwave grips southern Europe as temperatures top 44C
3 hours ago
South Africa's ANC opens talks on coalition government
News24
4 hours ago
Canada wildfire smoke drifts over New York
CBC News
5 hours ago
More headlines
"""


def test_a_card_with_its_stamp_under_its_title_takes_no_source_of_the_next() -> None:
    found = cards(ONE_CARD_NO_SOURCE)
    assert (None, "Heatwave grips southern Europe as temperatures top 44C", "3 hours ago") in found
    assert ("News24", "South Africa's ANC opens talks on coalition government", "4 hours ago") in (
        found
    )


def test_a_card_with_a_summary_over_its_source_keeps_it() -> None:
    # (must stay: title / summary / source / stamp)
    page = ONE_CARD_NO_SOURCE.replace(
        "Heatwave grips southern Europe as temperatures top 44C\n",
        "Heatwave grips southern Europe as temperatures top 44C\n"
        "Spain and Greece issued red alerts as wildfires spread near Athens.\n"
        "Euronews\n",
    )
    found = cards(page)
    assert (
        "Euronews",
        "Heatwave grips southern Europe as temperatures top 44C",
        "3 hours ago",
    ) in (found)
