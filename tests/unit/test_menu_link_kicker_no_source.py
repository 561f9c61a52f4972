"""A name in capitals over the headline that the page's menu printed first among its links
("NBL" in "Courtside" / "NBL" / "WNBL" / "Netball") is the section the story is filed in,
a kicker, not its publisher."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Courtside
NBL
WNBL
Netball
NBL
Kings re-sign captain on three-year contract
Sydney have re-signed their captain on a three-year deal after a season of speculation.
Tom Hendry
Updated 2h ago
The 31-year-old had been linked with a move to a European club before agreeing terms on Sunday.
Coach Brian Goorjian said keeping the captain was the club's first priority for the summer.
The deal runs until the end of the 2029 season.
"""


def test_a_menu_link_printed_again_over_the_headline_is_no_source() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(
                text=PAGE,
                url=None,
                fetched_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
            )
        )
    )
    assert drafts[0].title == "Kings re-sign captain on three-year contract"
    assert drafts[0].source is None
