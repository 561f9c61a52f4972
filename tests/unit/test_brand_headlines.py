"""clean + split: a headline opening on a brand written with an inner capital ("iPhone 17
Pro review", "eBay to cut 1,000 jobs") is a headline like a capitalised one (audit A's
P-A1): its card is neither lost nor glued to the heading over it. A sentence a link broke
before such a brand still goes on across the break."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def cards(text: str) -> list[tuple[str | None, str | None, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(d.title, d.source, d.time_text) for d in drafts]


def test_a_brand_headline_among_capitalised_ones_keeps_its_card() -> None:
    got = cards(
        "Tech\n"
        "Apple unveils iPhone 17 Pro with bigger battery\nThe Verge\n1h ago\n"
        "eBay to cut 1,000 jobs in restructuring\nReuters\n2h ago\n"
        "Microsoft confirms Windows 12 launch date\nMacRumors\n3h ago\n"
        "Google fixes Chrome zero-day bug\n9to5Mac\n4h ago\n"
        "More tech news\n"
    )
    assert got == [
        ("Apple unveils iPhone 17 Pro with bigger battery", "The Verge", "1h ago"),
        ("eBay to cut 1,000 jobs in restructuring", "Reuters", "2h ago"),
        ("Microsoft confirms Windows 12 launch date", "MacRumors", "3h ago"),
        ("Google fixes Chrome zero-day bug", "9to5Mac", "4h ago"),
    ]


def test_brand_headlines_under_a_heading_stay_apart_from_it() -> None:
    got = cards(
        "Tech\n"
        "iPhone 17 Pro review\nThe Verge\n1h ago\n"
        "eBay to cut 1,000 jobs in restructuring\nReuters\n2h ago\n"
        "iOS 26 arrives next week\nMacRumors\n3h ago\n"
        "macOS update fixes Wi-Fi bug\nEngadget\n4h ago\n"
        "More tech news\n"
    )
    assert [title for title, _, _ in got] == [
        "iPhone 17 Pro review",
        "eBay to cut 1,000 jobs in restructuring",
        "iOS 26 arrives next week",
        "macOS update fixes Wi-Fi bug",
    ]
    assert [stamp for _, _, stamp in got] == ["1h ago", "2h ago", "3h ago", "4h ago"]


def test_a_sentence_broken_before_a_brand_goes_on() -> None:
    # must-stay: the rest of a sentence (it ends like one) still joins the line over it
    page = clean_page(
        RawPage(
            text="Apple said on Tuesday that owners of older\n"
            "iPhone models will get the security update in May.\n",
            fetched_at=FETCHED,
        )
    )
    assert page.lines == (
        "Apple said on Tuesday that owners of older iPhone models will get the security "
        "update in May.",
    )


def test_a_link_broken_sentence_goes_on_across_a_brand_fragment() -> None:
    # must-stay (auditor C's C-1, probes C56/C57): the linked fragment is a brand without
    # a sentence end, under running text: still one sentence
    page = clean_page(
        RawPage(
            text="Analysts said the delay would cost\n"
            "iPhone sales in the quarter\n"
            "little, since most buyers wait for the autumn models.\n",
            fetched_at=FETCHED,
        )
    )
    assert page.lines == (
        "Analysts said the delay would cost iPhone sales in the quarter little, since most "
        "buyers wait for the autumn models.",
    )
