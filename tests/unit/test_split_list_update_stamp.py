"""split: a list's own "Updated …" stamp over its first title, one line short of the
cards' period, is no card's stamp: every card keeps its own stamp and source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def cards(text: str) -> list[tuple[str | None, str | None, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(d.title, d.source, d.time_text) for d in drafts]


def test_a_lists_updated_stamp_is_no_cards_stamp() -> None:
    got = cards(
        "Top Stories\nUpdated 11:02 AM\n"
        "Jury finds former county treasurer guilty of embezzling $3.1 million\n"
        "Arizona Republic\n2h\n"
        "Winter storm snarls holiday travel at Denver airport\nThe Denver Post\n4h\n"
        "Hollywood writers rally as contract talks stall\nVariety\n51m\n"
        "Fed governor backs December cut as Wall Street rallies\nCNBC\nYesterday\n"
        "Terms of Use\n"
    )
    assert [(source, stamp) for _, source, stamp in got] == [
        ("Arizona Republic", "2h"),
        ("The Denver Post", "4h"),
        ("Variety", "51m"),
        ("CNBC", "Yesterday"),
    ]


def test_cards_that_each_print_updated_keep_their_stamps() -> None:
    # must-stay: every card stamped "Updated …": the first stamp is its card's
    got = cards(
        "Latest\n"
        "Jury finds former county treasurer guilty of embezzling $3.1 million\n"
        "Arizona Republic\nUpdated 2h ago\n"
        "Winter storm snarls holiday travel at Denver airport\nThe Denver Post\n"
        "Updated 4h ago\n"
        "Hollywood writers rally as contract talks stall\nVariety\nUpdated 5h ago\n"
        "Fed governor backs December cut as Wall Street rallies\nCNBC\nUpdated 6h ago\n"
        "Terms of Use\n"
    )
    assert [stamp for _, _, stamp in got] == [
        "Updated 2h ago",
        "Updated 4h ago",
        "Updated 5h ago",
        "Updated 6h ago",
    ]


def test_a_first_cards_updated_stamp_stays_its_own() -> None:
    # must-stay (probe s18B-B29): title / "Updated 20 min ago", then title / source / stamp
    # cards: the stamp under a headline is that card's, no list's
    got = cards(
        "News\nLatest headlines\n"
        "Heatwave grips southern Europe as temperatures top 44C\nUpdated 20 min ago\n"
        "Thousands rally in Tbilisi against foreign agents law\nReuters\n2 hours ago\n"
        "Chile's president names new finance minister\nAssociated Press\n3 hours ago\n"
        "South Africa's ANC opens talks on coalition government\nNews24\n4 hours ago\n"
        "More headlines\n"
    )
    assert got[0] == (
        "Heatwave grips southern Europe as temperatures top 44C",
        None,
        "Updated 20 min ago",
    )
    assert [source for _, source, _ in got[1:]] == ["Reuters", "Associated Press", "News24"]
