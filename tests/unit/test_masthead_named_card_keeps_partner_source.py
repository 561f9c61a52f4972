"""A portal's list of two cards under its heading: a partner's card printing its publisher
over its title ("Harbor Weekly"), and the site's own card printing the site's name there
(the masthead, "Quill Sports" on sports.quill.example), a repeated line. The list prints
publishers, so the partner's name stays its card's source, no chip."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 15, 0, tzinfo=UTC)
URL = "https://sports.quill.example/nfl/ravens-edge-steelers-in-overtime-123.html"

PAGE = """\
Quill Sports
NFL
NBA
MLB
Ravens edge Steelers in overtime on Tucker's 48-yard kick
Associated Press
Sun, Nov 29, 2026, 9:41 PM UTC
BALTIMORE (AP) — Justin Tucker kicked a 48-yard field goal in overtime and the Baltimore Ravens beat the Pittsburgh Steelers 23-20 on Sunday night to stay atop the AFC North.
Lamar Jackson threw for 261 yards and a touchdown and ran for another score for Baltimore, which won its fourth straight game.
Pittsburgh tied it with 12 seconds left in regulation on a 9-yard pass from Russell Wilson to George Pickens, but the Steelers went three-and-out to start overtime.
More NFL news
Harbor Weekly
Eagles hold off Cowboys to take NFC East lead
6h ago
Quill Sports
Week 13 takeaways: The AFC North race tightens again
1h ago
Terms/Privacy Policy
"""  # noqa: E501


def test_the_partner_name_over_a_card_stays_its_source_beside_the_site_own_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts[1:]] == [
        "Eagles hold off Cowboys to take NFC East lead",
        "Week 13 takeaways: The AFC North race tightens again",
    ]
    assert drafts[1].source == "Harbor Weekly"
