"""split: an ad printed like the title-first cards of its list ("Sponsored" / title /
advertiser / stamp, audit A's P-A8) is dropped whole: its advertiser and stamp head no
card, every card under it keeps its own source and stamp. An ad without a stamp leaves the
next card alone."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def cards(text: str) -> list[tuple[str | None, str | None, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(d.title, d.source, d.time_text) for d in drafts]


def test_card_shaped_ad_with_a_stamp_keeps_the_list_in_phase() -> None:
    # audit A's s19A-A58
    got = cards(
        "News\nTop headlines\n"
        "Senate approves $95 billion aid package after overnight session\nThe Hill\n1 hour ago\n"
        "Sponsored\nFive retirement mistakes that could cost you thousands\n"
        "Fidelity Investments\n2 days ago\n"
        "Tesla recalls 2 million vehicles over Autopilot safeguards\nCNBC\n2 hours ago\n"
        "Heat wave sends temperatures soaring across the Southwest\nThe Washington Post\n"
        "3 hours ago\n"
    )
    assert got == [
        (
            "Senate approves $95 billion aid package after overnight session",
            "The Hill",
            "1 hour ago",
        ),
        ("Tesla recalls 2 million vehicles over Autopilot safeguards", "CNBC", "2 hours ago"),
        (
            "Heat wave sends temperatures soaring across the Southwest",
            "The Washington Post",
            "3 hours ago",
        ),
    ]


def test_must_stay_ad_with_a_pitch_keeps_the_next_card() -> None:
    # an ad not printed like the cards (a pitch, no stamp): the next card keeps its own lines
    got = cards(
        "News\nTop headlines\n"
        "Senate approves $95 billion aid package after overnight session\nThe Hill\n1 hour ago\n"
        "Sponsored\nFive retirement mistakes that could cost you thousands\n"
        "Fidelity Investments\n"
        "Tesla recalls 2 million vehicles over Autopilot safeguards\nCNBC\n2 hours ago\n"
        "Heat wave sends temperatures soaring across the Southwest\nThe Washington Post\n"
        "3 hours ago\n"
    )
    assert (
        "Tesla recalls 2 million vehicles over Autopilot safeguards",
        "CNBC",
        "2 hours ago",
    ) in got
