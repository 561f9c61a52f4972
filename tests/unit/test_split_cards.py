"""split: teaser cards, their fields, and the lines that are no cards (split_cards,
split_sources, split_lines). Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


LEAD = """\
Harbour Times
Port authority approves dredging of the eastern channel after two-year review
By Moira Quinn
March 14, 2026
The port authority voted on Friday to dredge the eastern channel, ending a review begun in 2024.
Dredging will start in the autumn and is expected to take eighteen months, the authority said.
"""


def test_a_stamp_label_in_a_cards_meta_line_is_no_source() -> None:
    drafts = split(
        LEAD
        + "More from Business\n"
        + "Ferry operator adds a late sailing on weekend nights\nUpdated / 3 hours ago\n"
        + "Fish market moves to the old customs shed\nUpdated / 5 hours ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", None, "3 hours ago"),
        ("Fish market moves to the old customs shed", None, "5 hours ago"),
    ]


def test_a_readers_comment_under_a_comment_counter_is_no_card() -> None:
    drafts = split(
        LEAD
        + "Comments (96)\nShowing 20 of 96 comments\nSort by Newest\n"
        + "QuaysideReader\nMarch 14, 2026 10:05\n"
        + "About time they acted. The channel has been silting up for years.\nReply\n"
    )
    assert [d.title for d in drafts] == [
        "Port authority approves dredging of the eastern channel after two-year review"
    ]


def test_a_source_and_stamp_under_a_title_close_its_card_when_the_next_title_has_its_own() -> None:
    drafts = split(
        LEAD.replace("By Moira Quinn\n", "")  # (no author's name over a stamp on the page)
        + "More from Science\n"
        + "Coastal survey finds seagrass meadows recovering in the bay\n"
        + "The Canadian Press\nMarch 12, 2026\n"
        + "Volunteers count record number of nesting terns on the breakwater\n3 days ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        (
            "Coastal survey finds seagrass meadows recovering in the bay",
            "The Canadian Press",
            "March 12, 2026",
        ),
        ("Volunteers count record number of nesting terns on the breakwater", None, "3 days ago"),
    ]
