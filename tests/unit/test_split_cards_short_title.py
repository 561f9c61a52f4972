"""Between cards that print their sources over their titles, a stampless card with a short
title ("Associated Press" / "Gaza ceasefire holds" / summary) is a card, not a subheading of
the card above gluing its summary there (auditor B's s17B-B22, s17B-B27; a long title was
found already: s17B-B21). Only under a publisher the vocabulary knows: a label shaped as a
masthead over a short line ("The Big Picture" / "Why it matters") stays the card's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

SOURCE_FIRST = """\
World News Now
Home
World
Business
Latest from our partners
Reuters
2 hours ago
Oil falls as OPEC signals higher output next year
Brent crude slipped below $70 a barrel after the producer group said it would raise quotas.
Associated Press
Gaza ceasefire holds
More than 200 lorries crossed at Kerem Shalom on Tuesday, the UN said.
Bloomberg
4 hours ago
Senate passes stopgap bill to avert government shutdown
The measure funds federal agencies until the end of January.
Financial Times
5 hours ago
Central bank holds rates as inflation eases for a third month
Policymakers voted 7-2 to keep the benchmark rate at 4.25 per cent.
More from our partners
"""

META_RUN = """\
World News Now
Home
World
Business
From around the web
Reuters · 2h
Oil falls as OPEC signals higher output next year
Brent crude slipped below $70 a barrel after the producer group said it would raise quotas.
The Guardian · 3h
Ceasefire holds for third day as aid trucks enter Gaza
More than 200 lorries crossed at Kerem Shalom, the UN said.
Associated Press
Senate stopgap passes
The measure funds federal agencies until the end of January, averting a shutdown.
Bloomberg · 4h
Central bank holds rates as inflation eases for a third month
Policymakers voted 7-2 to keep the benchmark rate at 4.25 per cent.
More from around the web
"""


def cards(text: str) -> list[tuple[str | None, str, str]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.source, draft.title, draft.body) for draft in drafts]


def test_a_short_stampless_title_under_a_publisher_in_a_source_first_list_is_a_card() -> None:
    found = cards(SOURCE_FIRST)
    assert [source for source, _, _ in found] == [
        "Reuters",
        "Associated Press",
        "Bloomberg",
        "Financial Times",
    ]
    assert found[1][1:] == (
        "Gaza ceasefire holds",
        "More than 200 lorries crossed at Kerem Shalom on Tuesday, the UN said.",
    )
    assert "Kerem Shalom" not in found[0][2]


def test_a_short_stampless_title_under_a_publisher_in_a_meta_source_run_is_a_card() -> None:
    found = cards(META_RUN)
    assert found[2][:2] == ("Associated Press", "Senate stopgap passes")
    assert "averting a shutdown" not in found[1][2]


def test_a_short_line_under_a_masthead_shaped_label_stays_the_cards_text() -> None:
    """Must-stay: "The Big Picture" / "Why it matters" / text inside a card (a label shaped
    as a masthead, no publisher the vocabulary knows) makes no card."""
    text = SOURCE_FIRST.replace(
        "Associated Press\nGaza ceasefire holds\n", "The Big Picture\nWhy it matters\n"
    )
    found = cards(text)
    assert [source for source, _, _ in found] == ["Reuters", "Bloomberg", "Financial Times"]
    assert "Kerem Shalom" in found[0][2]
