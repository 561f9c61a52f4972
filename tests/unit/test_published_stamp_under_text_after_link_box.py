"""A "Related" box of bare headline links inside the text, the text's last sentences under
it and the article's own "Originally Published: …" stamp under those: the sentences are the
lead's, no card's summary closed by that stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

HEADER = """\
Riverside Courier
News
Sports
County approves new bridge over the Carver River after decade of delay
By Dana Ortiz
UPDATED: November 29, 2026 at 6:05 PM CST
County commissioners approved a new bridge on Tuesday after a decade of debate.
The bridge, estimated at $48 million, would replace a crossing closed to trucks since 2019.
RELATED ARTICLES
"""
CLOSING = """\
Farmers west of the river said the detour had added an hour to every delivery.
Construction is expected to begin next spring.
Originally Published: November 29, 2026 at 4:30 PM CST
"""


def drafts_of(links: str) -> list[tuple[str, str, str]]:
    page = RawPage(text=HEADER + links + CLOSING, fetched_at=FETCHED)
    return [(d.role, d.title, d.body) for d in split_articles(clean_page(page))]


def test_text_under_a_box_of_links_stays_the_leads() -> None:
    drafts = drafts_of(
        "Carver River crossing closed to trucks\n"
        "Commissioners weigh bridge tax\n"
        "State grant for rural roads falls short\n"
    )
    assert len(drafts) == 1
    role, _, body = drafts[0]
    assert role == "lead"
    assert "added an hour to every delivery" in body
    assert "begin next spring" in body
    assert "Commissioners weigh" not in body


def test_text_under_a_lone_link_is_no_cards_summary() -> None:
    drafts = drafts_of("Carver River crossing closed to trucks\n")
    assert [role for role, _, _ in drafts] == ["lead"]
    assert "begin next spring" in drafts[0][2]
