"""split: teaser cards, their fields, and the lines that are no cards (split_cards,
split_sources, split_lines). Page-like inputs written for these tests."""

import time
from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import (
    _NO_STAMP,
    _STAMP_OVER_TITLE,
    _STAMP_UNDER_TITLE,
    _segment_block,
    _title_opens,
)
from streams.split_lines import _framed_name, _initialled_name
from streams.split_page import _features

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


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            LEAD
            + "More from Business\n"
            + "Ferry operator adds a late sailing on weekend nights\nUpdated / 3 hours ago\n"
            + "Fish market moves to the old customs shed\nUpdated / 5 hours ago\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", None, "3 hours ago"),
                ("Fish market moves to the old customs shed", None, "5 hours ago"),
            ],
            id="a_stamp_label_in_a_cards_meta_line_is_no_source",
        ),
        pytest.param(
            LEAD
            + "Related\n"
            + "Lighthouse keepers' cottages to reopen as holiday lets\n"
            + "The council will restore four cottages on the headland over the winter.\n"
            + "Coastal Ledger • 2 hrs ago\n"
            + "Ad\nHarbourside Outlet\n"
            + "Marina fees to rise by five percent from April\nBay Radio • 5 hrs ago\n",
            [
                (
                    "Lighthouse keepers' cottages to reopen as holiday lets",
                    "Coastal Ledger",
                    "2 hrs ago",
                ),
                ("Marina fees to rise by five percent from April", "Bay Radio", "5 hrs ago"),
            ],
            id="a_publishers_meta_line_under_a_summary_closes_a_card_before_an_ad",
        ),
        pytest.param(
            LEAD
            + "Trending Stories\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "Fish market moves to the old customs shed\n"
            + "Weather\nToday\n58°\nShowers\nTonight\n44°\nClearing\n"
            + "Latest Local News\n"
            + "Lifeboat crew rescues two kayakers off the point\n3 hours ago\n",
            [("Lifeboat crew rescues two kayakers off the point", None, "3 hours ago")],
            id="a_forecast_day_is_no_cards_stamp_and_a_lists_heading_no_source",
        ),
        pytest.param(
            LEAD
            + "Trending Stories\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "Fish market moves to the old customs shed\n"
            + "Weather\nToday\n64° Showers\nTonight\n44° Clearing\n"
            + "Latest Local News\n"
            + "Lifeboat crew rescues two kayakers off the point\n3 hours ago\n",
            [("Lifeboat crew rescues two kayakers off the point", None, "3 hours ago")],
            id="a_forecast_day_over_temperature_and_sky_is_no_cards_stamp",
        ),
        pytest.param(
            LEAD
            + "Up next\n"
            + "Bay Radio\n"
            + "Ferry operator adds a late sailing on weekend nights · 2h ago\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Coastal Ledger\n"
            + "HARBOUR: Tug crews to strike over new shift patterns\n"
            + "45m ago\n"
            + "Fish market moves to the old customs shed and opens on Sundays dpa · 3h ago\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h ago"),
                (  # (a source over a long headline is no author over a role)
                    "HARBOUR: Tug crews to strike over new shift patterns",
                    "Coastal Ledger",
                    "45m ago",
                ),
                (  # the agency's name joined to the title
                    "Fish market moves to the old customs shed and opens on Sundays",
                    "dpa",
                    "3h ago",
                ),
            ],
            id="a_title_with_its_stamp_on_one_line_under_its_source_is_a_card",
        ),
        pytest.param(
            LEAD
            + "Recommended Stories\n"
            + "Coastal Ledger\n·\n2h ago\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Ad\n·\nDockside Cover\nBoat Owners Are Switching to This Plan\n"
            + "Bay Radio\n·\n5h ago\n"
            + "Fish market moves to the old customs shed\n"
            + "Evening Courier\n·\n1d ago\n"
            + "Lifeboat crew rescues two kayakers off the point\n"
            + "Both kayakers were treated for cold at the lifeboat station.\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "Coastal Ledger",
                    "2h ago",
                ),
                ("Fish market moves to the old customs shed", "Bay Radio", "5h ago"),
                ("Lifeboat crew rescues two kayakers off the point", "Evening Courier", "1d ago"),
            ],
            id="an_ads_title_under_its_advertiser_over_the_next_cards_source_is_dropped",
        ),
        pytest.param(
            LEAD
            + "More for you\n"
            + "Bay Radio · 2h\nFerry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Fish market moves to the old customs shed\n4h\n"
            + "Evening Courier · 5h\nLifeboat crew rescues two kayakers off the point\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h"),
                ("Fish market moves to the old customs shed", None, "4h"),
                ("Lifeboat crew rescues two kayakers off the point", "Evening Courier", "5h"),
            ],
            id="a_sourced_meta_line_under_a_bare_stamp_heads_the_next_card",
        ),
        pytest.param(
            LEAD
            + "More news\n"
            + "t-online · 3 hours ago\nFerry operator adds a late sailing on weekend nights\n"
            + "Harbour-FM · 5 hours ago\nFish market moves to the old customs shed\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "t-online", "3 hours ago"),
                ("Fish market moves to the old customs shed", "Harbour-FM", "5 hours ago"),
            ],
            id="a_hyphenated_one_word_brand_is_a_cards_source",
        ),
        pytest.param(
            LEAD
            + "Other news\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "la Gazzetta Portuale · 3 ore fa\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Fish market moves to the old customs shed\n"
            + "Eco della Baia · 5 ore fa\n"
            + "Sponsorizzato\nDiscover the new boat cover with a winter discount\n"
            + "Dockside Cover\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "la Gazzetta Portuale",
                    "3 ore fa",
                ),
                ("Fish market moves to the old customs shed", "Eco della Baia", "5 ore fa"),
            ],
            id="a_publisher_with_a_lower_case_article_or_particle_closes_its_card",
        ),
        pytest.param(
            LEAD
            + "Other news\n"
            + "Ferry operator adds a late sailing on weekend nights - il Faro Baia - 3 ore fa\n"
            + "Fish market moves to the old customs shed\nEco della Baia · 5 ore fa\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "il Faro Baia",
                    "3 ore fa",
                ),
                ("Fish market moves to the old customs shed", "Eco della Baia", "5 ore fa"),
            ],
            id="a_publisher_with_a_lower_case_article_in_a_one_line_card",
        ),
        pytest.param(
            LEAD
            + "Read next\n"
            + "Tug crews to strike over new shift patterns\nBay Radio\n3 hours ago\n"
            + "Ferry operator adds a late sailing on weekend nights — By Tess Arden — 2 days ago\n"
            + "Fish market moves to the old customs shed — By AFP — 3 days ago\n",
            [
                ("Tug crews to strike over new shift patterns", "Bay Radio", "3 hours ago"),
                ("Ferry operator adds a late sailing on weekend nights", None, "2 days ago"),
                ("Fish market moves to the old customs shed", "AFP", "3 days ago"),
            ],
            id="an_authors_byline_in_a_one_line_card_is_no_source_an_agencys_is",
        ),
        pytest.param(
            LEAD.replace("By Moira Quinn\n", "")  # (no author's name over a stamp on the page)
            + "More from Science\n"
            + "Coastal survey finds seagrass meadows recovering in the bay\n"
            + "The Canadian Press\nMarch 12, 2026\n"
            + "Volunteers count record number of nesting terns on the breakwater\n3 days ago\n",
            [
                (
                    "Coastal survey finds seagrass meadows recovering in the bay",
                    "The Canadian Press",
                    "March 12, 2026",
                ),
                (
                    "Volunteers count record number of nesting terns on the breakwater",
                    None,
                    "3 days ago",
                ),
            ],
            id="a_source_and_stamp_under_a_title_close_its_card_when_the_next_title_has_its_own",
        ),
        pytest.param(
            LEAD.replace("By Moira Quinn\n", "Harbour Wire\n")
            + "More for you\n"
            + "Bay Radio\nFerry operator adds a late sailing on weekend nights\n2h\n"
            + "Coastal Ledger · 5h\nFish market moves to the old customs shed\n"
            + "Traders will open on Sundays from next month, the market board said.\n"
            + "Quay Today\nDredging the channel: what happens next\n1d\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h"),
                ("Fish market moves to the old customs shed", "Coastal Ledger", "5h"),
                ("Dredging the channel: what happens next", "Quay Today", "1d"),
            ],
            id="a_publisher_over_the_last_cards_short_headline_is_no_author_and_role",
        ),
        pytest.param(
            LEAD
            + "Read next\n"
            + "Ferry operator adds a late sailing on weekend nights | Bay Radio | 3 hours ago\n"
            + "Fish market moves to the old customs shed | 7 hours ago\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "Bay Radio",
                    "3 hours ago",
                ),
                ("Fish market moves to the old customs shed", None, "7 hours ago"),
            ],
            id="one_line_cards_under_a_read_next_heading_are_cards_not_inline_links",
        ),
        pytest.param(
            LEAD
            + "More news\n"
            + "Bay Radio\n2 hours ago\nFerry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Fish market moves to the old customs shed\nCoastal Ledger · 45 minutes ago\n"
            + "Tug crews to strike over new shift patterns at the port\n"
            + "The union said the ballot closed on Friday with a large majority.\n"
            + "Evening Courier\nLifeboat crew rescues two kayakers off the point\n"
            + "Both kayakers were treated for cold at the lifeboat station.\nYesterday\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "Bay Radio",
                    "2 hours ago",
                ),
                ("Fish market moves to the old customs shed", "Coastal Ledger", "45 minutes ago"),
                ("Tug crews to strike over new shift patterns at the port", None, None),
                (
                    "Lifeboat crew rescues two kayakers off the point",
                    "Evening Courier",
                    "Yesterday",
                ),
            ],
            id="a_sourced_meta_line_under_a_title_closes_its_card_before_a_stampless_one",
        ),
        pytest.param(
            LEAD
            + "Read on\n"
            + "Ferry operator adds a late sailing on weekend nights\nBay Radio · 1 hr ago\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Fish market moves to the old customs shed\n"
            + "Traders will open on Sundays from next month, the market board said.\n"
            + "Coastal Ledger\n4 hrs ago\n"
            + "Shipping\nTug crews to strike over new shift patterns\nNov 27, 2026\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "1 hr ago"),
                ("Fish market moves to the old customs shed", "Coastal Ledger", "4 hrs ago"),
                ("Tug crews to strike over new shift patterns", None, "Nov 27, 2026"),
            ],
            id="a_list_printing_sources_under_titles_reads_a_publisher_and_a_chip",
        ),
        pytest.param(
            LEAD
            + "More news\n"
            + "Energy\nFrance, Spain agree to share the new ferry terminal at Biarritz\n"
            + "2 hours ago\n"
            + "World\nFish market moves to the old customs shed\n5 hours ago\n",
            [
                (
                    "France, Spain agree to share the new ferry terminal at Biarritz",
                    None,
                    "2 hours ago",
                ),
                ("Fish market moves to the old customs shed", None, "5 hours ago"),
            ],
            id="a_headline_starting_with_a_place_and_a_comma_is_no_place_line_over_a_stamp",
        ),
        pytest.param(
            LEAD
            + "More for you\n"
            + "Coastal Ledger\nFerry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the pier at eleven.\n2 hours ago\n"
            + "QUAYCAST\nFish market moves to the old customs shed\n3 hours ago\n"
            + "Bay Radio\nLifeboat crew rescues two kayakers off the point\n5 hours ago\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "Coastal Ledger",
                    "2 hours ago",
                ),
                ("Fish market moves to the old customs shed", "QUAYCAST", "3 hours ago"),
                ("Lifeboat crew rescues two kayakers off the point", "Bay Radio", "5 hours ago"),
            ],
            id="a_name_over_a_title_in_a_list_of_source_first_cards_is_its_source",
        ),
        pytest.param(
            "Hafenblatt Online\n"
            "Hafenbehörde genehmigt Ausbaggerung der östlichen Fahrrinne nach zwei Jahren\n"
            "Stand: 14.03.2026, 09:30 Uhr\n"
            "Kiel (dpa/lno) - Die Hafenbehörde hat am Freitag die Ausbaggerung der östlichen "
            "Fahrrinne genehmigt und damit eine Prüfung beendet, die 2024 begonnen hatte.\n"
            "Die Arbeiten sollen im Herbst beginnen und etwa achtzehn Monate dauern.\n"
            "Fischer befürchten, dass die Arbeiten die Laichgründe in der Bucht stören könnten.\n"
            "dpa\n"
            "Mehr zum Thema\n"
            "Fährlinie bietet am Wochenende eine späte Abfahrt an\nvor 5 Stunden\n"
            "Uferweg\nFischmarkt zieht in den alten Zollschuppen um\n12.03.2026\n",
            [
                ("Fährlinie bietet am Wochenende eine späte Abfahrt an", None, "vor 5 Stunden"),
                ("Fischmarkt zieht in den alten Zollschuppen um", None, "12.03.2026"),
            ],
            id="a_name_over_one_title_of_a_list_that_prints_no_sources_is_its_chip",
        ),
        pytest.param(
            LEAD
            + "Trending\n"
            + "Ferry operator adds a late sailing on weekend nights\nQuayside\n3h ago\n"
            + "Fish market moves to the old customs shed\n"
            + "Traders will have twice the floor space and a loading bay on the quay.\n"
            + "Harbour FM\n5h ago\n"
            + "Lifeboat crew rescues two kayakers off the point\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Quayside", "3h ago"),
                ("Fish market moves to the old customs shed", "Harbour FM", "5h ago"),
            ],
            id="in_a_list_opened_by_a_title_each_stamp_closes_the_card_above_it",
        ),
        pytest.param(
            LEAD
            + "More from the Harbour\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the pier at eleven and returns before one.\n"
            + "By Tom Ashdown\n45 minutes ago\n"
            + "Fish market moves to the old customs shed\n"
            + "Traders will have twice the floor space and a loading bay on the quay.\n"
            + "By Lena Carrow\nyesterday\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", None, "45 minutes ago"),
                ("Fish market moves to the old customs shed", None, "yesterday"),
            ],
            id="a_byline_between_the_first_cards_summary_and_stamp_keeps_the_list_title_first",
        ),
    ],
)
def test_the_cards_under_the_lead_read_their_title_source_and_stamp(
    page: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    drafts = split(page)
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == expected


@pytest.mark.parametrize(
    "comments",
    [
        # a comment under a comment counter
        "Comments (96)\nShowing 20 of 96 comments\nSort by Newest\n"
        "QuaysideReader\nMarch 14, 2026 10:05\n"
        "About time they acted. The channel has been silting up for years.\nReply\n",
        # a one-sentence comment under its reader's name and stamp
        "Comments\nCommenting for this story is now closed.\n"
        "Ray Duggan\nPosted 8 hours ago\n"
        "And how much of that silt ends up on the beach, I wonder?\n",
    ],
)
def test_a_readers_comment_is_no_card(comments: str) -> None:
    assert [d.title for d in split(LEAD + comments)] == [
        "Port authority approves dredging of the eastern channel after two-year review"
    ]


SOURCE_FIRST_CARDS = """\
Topic
Harbour dredging
Full coverage
Coastal Ledger
Port authority approves dredging of the eastern channel after review
The work will start in the autumn and take eighteen months.
2 hours ago
Bay Radio
Fishermen fear the dredging will disturb spawning grounds in the bay
3 hours ago
Northern Echo Weekly
Shipping lines welcome deeper channel for larger container vessels
Evening Courier
Opinion
Editorial: the channel needs a plan for the silt, not only a dredger
5 hours ago
Sponsored
Cruise Deals Direct
Save 30% on winter cruises from the harbour
Harbour FM (Ireland)
Ferry timetable to change while the dredgers work near the terminal
The ferry company said sailings would leave ten minutes earlier.
1 hour ago
"""


def test_a_list_of_source_first_cards_places_every_cards_source() -> None:
    drafts = split(SOURCE_FIRST_CARDS)
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        (
            "Port authority approves dredging of the eastern channel after review",
            "Coastal Ledger",
            "2 hours ago",
        ),
        (
            "Fishermen fear the dredging will disturb spawning grounds in the bay",
            "Bay Radio",
            "3 hours ago",
        ),
        (  # a source and a title, no stamp: a card of the list all the same
            "Shipping lines welcome deeper channel for larger container vessels",
            "Northern Echo Weekly",
            None,
        ),
        (  # a section label between the source and the title
            "Editorial: the channel needs a plan for the silt, not only a dredger",
            "Evening Courier",
            "5 hours ago",
        ),
        (  # the publisher's edition in brackets
            "Ferry timetable to change while the dredgers work near the terminal",
            "Harbour FM (Ireland)",
            "1 hour ago",
        ),
    ]


def test_the_name_under_an_ad_label_is_the_advertiser_not_text_of_the_card_above() -> None:
    drafts = split(
        LEAD
        + "Up next\n"
        + "Associated Press\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
        + "Fish market moves to the old customs shed\nBloomberg\n5h ago\n"
        + "Traders said the new hall would open before the summer season.\n"
        + "Ad\nHarbourside Outlet\nWinter sale starts now: up to 60% off\nTerms/Privacy Policy\n"
    )
    assert "Harbourside Outlet" not in drafts[-1].body
    assert drafts[-1].body == "Traders said the new hall would open before the summer season."


def test_a_video_title_over_its_length_inside_the_text_is_no_teaser_and_no_text() -> None:
    drafts = split(
        LEAD.replace(
            "The port authority",
            "Now Playing\nDredger arrives\n01:12\nUp next\n"
            "Ferry timetable explained\n02:05\nThe port authority",
        )
        + "Harbour master Ian Fox said the channel had lost a metre of depth in ten years.\n"
        + "Divers inspect the harbour wall\n00:48\n"
        + "Fox said larger ferries had been turned away twice this winter because of silt.\n"
        + "The authority will publish the dredging contract in the spring, he said.\n"
    )
    assert len(drafts) == 1
    assert "Divers inspect" not in drafts[0].body
    assert "turned away twice this winter" in drafts[0].body


def test_a_section_label_between_a_teasers_title_and_summary_is_no_text() -> None:
    drafts = split(
        LEAD
        + "Related stories\n"
        + "Why the dredging plan took two years to agree, and what it leaves out\n"
        + "Analysis\n"
        + "The compromise protects the oyster beds, but the silt still has to go somewhere.\n"
        + "Fishermen fear the dredging will disturb spawning grounds\nRural\n12 Mar 2026\n"
    )
    assert [(d.title, d.body, d.time_text) for d in drafts[1:]] == [
        (
            "Why the dredging plan took two years to agree, and what it leaves out",
            "The compromise protects the oyster beds, but the silt still has to go somewhere.",
            None,
        ),
        ("Fishermen fear the dredging will disturb spawning grounds", "", "12 Mar 2026"),
    ]


def test_ticker_chips_between_a_publishers_stamp_and_the_headline_are_skipped() -> None:
    drafts = split(
        "News\nFinance\nSport\n"
        + "The Harbour Herald\nSat, 14 March 2026 at 9:30 am UTC\n"
        + "In this article:\nPRT:HBR\n+2.10%\n"
        + "Port operator shares rise after dredging contract is approved\n"
        + "Shares in the port operator rose on Saturday after the authority approved the long "
        + "delayed dredging of the eastern channel, which will let larger ships berth.\n"
        + "Analysts said the deeper channel could lift container volumes by a fifth by 2028.\n"
        + "Trending now\n"
        + "Ferry operator adds a late sailing on weekend nights\nBay Radio · 3h ago\n"
        + "Fish market moves to the old customs shed\nCoastal Ledger · 45m ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        (
            "Port operator shares rise after dredging contract is approved",
            "The Harbour Herald",
            "Sat, 14 March 2026 at 9:30 am UTC",
        ),
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "3h ago"),
        ("Fish market moves to the old customs shed", "Coastal Ledger", "45m ago"),
    ]
    assert "+2.10%" not in drafts[0].body


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            LEAD
            + "More from The Times\n"
            + "The council takes up a fight over the old pier. Here’s what to know.\n"
            + "Mar. 12, 2026\n"
            + "Fish market moves to the old customs shed\nMar. 10, 2026\n",
            [
                (
                    "The council takes up a fight over the old pier. Here’s what to know.",
                    "Mar. 12, 2026",
                ),
                ("Fish market moves to the old customs shed", "Mar. 10, 2026"),
            ],
            id="a_headline_of_two_sentences_over_its_stamp_in_a_list_of_title_stamp_cards",
        ),
        pytest.param(
            LEAD
            + "You Might Also Like\n"
            + "Fish market moves to the old customs shed by the harbour\n"
            + "Harbour, Mar 14 The fish market will move to the old customs shed next spring.\n"
            + "March 14, 2026 10:12\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "Business Desk\n"
            + "2 hours ago\n",
            [
                (
                    "Fish market moves to the old customs shed by the harbour",
                    "March 14, 2026 10:12",
                ),
                ("Ferry operator adds a late sailing on weekend nights", "2 hours ago"),
            ],
            id="a_summarised_card_over_a_card_that_prints_its_author_keeps_its_stamp",
        ),
        pytest.param(
            LEAD
            + "More from Harbour\n"
            + "Ferry operator adds a late sailing to the island on Fridays\n"
            + "The new sailing leaves the terminal at half past ten.\n"
            + "5h ago\n2h ago\n"
            + "Lighthouse keepers' cottages to open as a museum next spring\n"
            + "Quayside\nFish market traders oppose new parking charges on the pier\n"
            + "Ann Doyle\nMarch 12, 2026\n",
            [
                ("Ferry operator adds a late sailing to the island on Fridays", "5h ago"),
                ("Lighthouse keepers' cottages to open as a museum next spring", "2h ago"),
                ("Fish market traders oppose new parking charges on the pier", "March 12, 2026"),
            ],
            id="two_stamps_between_cards_of_a_mixed_list_go_one_up_and_one_down",
        ),
        pytest.param(
            LEAD
            + "More on this story\n"
            + "Ferry operator adds a late sailing to the island on Fridays\nPublished\n"
            + "2 hours ago\n"
            + "Fish market traders oppose new parking charges on the pier\n"
            + "Stall holders say the charges will drive away their early customers.\n"
            + "Published\n5 hours ago\n"
            + "Around the harbour district\n",
            [
                (
                    "Ferry operator adds a late sailing to the island on Fridays",
                    "Published 2 hours ago",
                ),
                (
                    "Fish market traders oppose new parking charges on the pier",
                    "Published 5 hours ago",
                ),
            ],
            id="a_stamp_label_between_title_and_stamp_does_not_make_the_list_stamp_first",
        ),
        pytest.param(
            LEAD
            + "Comments\n"
            + "Nora K.\n1 hour ago\nFinally some good news for the fishermen of the bay!\n"
            + "Related\n"
            + "Ferry operator adds a late sailing to the island on Fridays\n6 hours ago\n"
            + "Fish market traders oppose new parking charges on the pier\n"
            + "Stall holders say the charges will drive away their early customers.\n"
            + "Yesterday\n"
            + "Win a weekend for two in our harbour prize draw\n",
            [
                ("Ferry operator adds a late sailing to the island on Fridays", "6 hours ago"),
                ("Fish market traders oppose new parking charges on the pier", "Yesterday"),
            ],
            id="readers_comments_do_not_make_the_cards_under_them_stamp_first",
        ),
        pytest.param(
            LEAD
            + "Related\n"
            + "Ferry operator adds a late sailing to the island on Fridays\n2 hours ago\n"
            + "Video\n01:45\nDrone footage shows the new channel from the air\nYesterday\n",
            [
                ("Ferry operator adds a late sailing to the island on Fridays", "2 hours ago"),
                ("Drone footage shows the new channel from the air", "Yesterday"),
            ],
            id="a_video_cards_title_over_its_stamp_stays_a_card",
        ),
        pytest.param(
            LEAD
            + "More From This Paper\n"
            + "Harbours\nThe Best Ferry Routes for 2027\n"
            + "We sailed nine crossings so you don't have to.\nNov 26, 2026\n"
            + "Harbours\nTug Crews Vote to Strike Over New Shift Patterns\nNov 25, 2026\n",
            [
                ("The Best Ferry Routes for 2027", "Nov 26, 2026"),
                ("Tug Crews Vote to Strike Over New Shift Patterns", "Nov 25, 2026"),
            ],
            id="a_title_case_headline_over_a_short_summary_and_a_stamp_is_a_card",
        ),
    ],
)
def test_the_cards_under_the_lead_read_their_title_and_stamp(
    page: str, expected: list[tuple[str, str | None]]
) -> None:
    drafts = split(page)
    assert [(d.title, d.time_text) for d in drafts[1:]] == expected


def test_a_list_of_bare_headlines_has_no_fly_title_and_rubric_card() -> None:
    drafts = split(
        LEAD
        + "Most Read\n"
        + "Storm Dara: ferries cancelled\n"
        + "Council row deepens as unions threaten action\n"
        + "Ann Byrne: The harbour plan's problem is not money\n"
        + "Tom Walsh: We need to talk about the marina fees\n"
    )
    assert [d.title for d in drafts] == [
        "Port authority approves dredging of the eastern channel after two-year review"
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            LEAD
            + "More from Opinion\n"
            + "Silt season, again\nEditorial\n"
            + "The harbour board's dredging plan looks a lot like last year's.\n"
            + "The long road back for the old ferry pier\nHasan Reid\n",
            [
                (
                    "Silt season, again",
                    "The harbour board's dredging plan looks a lot like last year's.",
                )
            ],
            id="any_one_word_label_between_a_teasers_title_and_summary_is_no_text",
        ),
        pytest.param(
            LEAD
            + "Trending\n"
            + "Coast Radio\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
            + "Bay Gazette\nVolunteers count record number of nesting terns on the breakwater\n"
            + "5h ago\n"
            + "Why the orchard towns keep betting on the old rail line\n\n"
            + "Sponsored\nValley Bank\nYour savings deserve more. Earn 4.5% APY today.\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", ""),
                ("Volunteers count record number of nesting terns on the breakwater", ""),
            ],
            id="a_bare_headline_under_a_cards_closing_stamp_is_no_text_of_that_card",
        ),
        pytest.param(
            LEAD
            + "More on this story\n"
            + "Ferry operator adds a late sailing on weekend nights\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "2h ago\n"
            + "What the new shift patterns mean for tug crews\n"
            + "Posted 5h ago\n"
            + "Harbour Alerts\n"
            + "Top Stories\n"
            + "Lifeboat crew rescues two kayakers off the point\n"
            + "Fish market moves to the old customs shed\n"
            + "About us\n"
            + "Harbour Radio acknowledges the fishing families of the bay "
            "and their long history.\n",
            [
                (
                    "Ferry operator adds a late sailing on weekend nights",
                    "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.",
                ),
                ("What the new shift patterns mean for tug crews", ""),
            ],
            id="a_heading_under_the_last_listed_title_and_stamp_ends_that_card",
        ),
        pytest.param(
            LEAD
            + "Related news\n"
            + "Ferry operator adds a late sailing on weekend nights\n12.03.2026\n"
            + "Fish market moves to the old customs shed\n"
            + "Traders get twice the floor space and a loading bay, says the market board\n"
            + "10.03.2026\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", ""),
                (
                    "Fish market moves to the old customs shed",
                    "Traders get twice the floor space and a loading bay, says the market board",
                ),
            ],
            id="a_longer_line_under_a_title_right_under_the_card_befores_stamp_is_its_summary",
        ),
    ],
)
def test_the_cards_under_the_lead_read_their_title_and_text(
    page: str, expected: list[tuple[str, str]]
) -> None:
    drafts = split(page)
    assert [(d.title, d.body) for d in drafts[1:]] == expected


def test_a_headline_of_two_sentences_over_its_summary_and_stamp_in_a_list() -> None:
    drafts = split(
        LEAD
        + "More from Features\n"
        + "The pier is rotting. Its owners are not ready.\n"
        + "The council is racing to repair the pier before the winter storms.\n26 Feb 2026\n"
        + "Photos: the harbour wall, a decade on\n25 Feb 2026\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("The pier is rotting. Its owners are not ready.", "26 Feb 2026"),
        ("Photos: the harbour wall, a decade on", "25 Feb 2026"),
    ]
    assert drafts[1].body == "The council is racing to repair the pier before the winter storms."


def test_an_outlets_name_over_a_cards_title_is_its_source_on_any_page() -> None:
    drafts = split(
        "NewsDial\nTopic\nHarbour dredging\n"
        + "The Coastal Herald\n"
        + "Port authority approves dredging of the eastern channel after review\n"
        + "The work will start in the autumn and take eighteen months.\n45 mins ago\n"
        + "Bay Times\n"
        + "Fishermen fear the dredging will disturb spawning grounds in the bay\n"
        + "Oyster growers say the silt could smother the beds near the channel.\n2 hrs ago\n"
        + "Sport\n"
        + "Rowing club loses its slipway for a season while the dredgers work\n"
        + "The club will train from the marina until the work is done.\n1 day ago\n"
    )
    assert [(d.title[:20], d.source) for d in drafts] == [
        ("Port authority appro", "The Coastal Herald"),
        ("Fishermen fear the d", "Bay Times"),
        ("Rowing club loses it", None),  # (a section's name is no outlet)
    ]


def test_the_sites_own_name_with_the_article_is_no_source() -> None:
    page = RawPage(
        text="The Ledger Line\nSubscribe\n"
        + "Why state pension funds are quietly selling their office towers\n"
        + "Commercial property was meant to be the safe part of the portfolio.\n"
        + "Rachel Okafor\nNov 27, 2026\n"
        + "At least five state pension systems have sold office buildings at steep discounts "
        + "to their last appraised values this autumn, filings show.\n"
        + "Few of them have said so loudly, and fewer still have said what comes next.\n",
        fetched_at=FETCHED,
        url="https://theledgerline.example.com/p/why-state-pension-funds",
    )
    drafts = split_articles(clean_page(page))
    assert [(d.title[:20], d.source) for d in drafts] == [("Why state pension fu", None)]


def test_an_end_heading_under_a_cards_stamp_ends_the_cards_text() -> None:
    drafts = split(
        LEAD
        + "Related\n"
        + "Ferry operator adds a late sailing on weekend nights\n14 March 2026\n"
        + "Fish market moves to the old customs shed and opens on Sundays\n"
        + "Traders said the new hall would open before the summer season.\n13 March 2026\n"
        + "Comments\nCommenting for this story is now closed.\n"
    )
    assert drafts[-1].title == "Fish market moves to the old customs shed and opens on Sundays"
    assert drafts[-1].body == "Traders said the new hall would open before the summer season."


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            LEAD
            + "Up next\n"
            + "Associated Press\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
            + "Fish market moves to the old customs shed\nBloomberg\n5h ago\n"
            + "Traders said the new hall would open before the summer season.\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Associated Press"),
                ("Fish market moves to the old customs shed", "Bloomberg"),
            ],
            id="a_publisher_under_a_title_in_a_list_of_source_first_cards_is_its_source",
        ),
        pytest.param(
            LEAD.replace("By Moira Quinn\n", "Harbour Wire\n")
            + "Recommended\n"
            + "Shipping\nFerry operator adds a late sailing to the island on Fridays\n2 hours ago\n"
            + "Fish market traders oppose new parking charges on the pier\n5 hours ago\n"
            + "Analysis\nWhy the harbour silts up faster than the river authority planned\n"
            + "Two dry summers left more sand at the mouth than in any year since 1990.\n",
            [
                ("Ferry operator adds a late sailing to the island on Fridays", None),
                ("Fish market traders oppose new parking charges on the pier", None),
                ("Why the harbour silts up faster than the river authority planned", None),
            ],
            id="a_word_of_the_language_over_a_cards_title_is_its_chip_not_its_source",
        ),
        pytest.param(
            LEAD
            + "More from Opinion\n"
            + "ALAN REED\nThe harbour needs a plan for its silt, not only another dredger\n"
            + "March 11, 2026\n"
            + "Fish market traders oppose new parking charges on the pier\nYesterday\n"
            + "From our partners\n"
            + "Coastal Ledger · 2 hours ago\nFerry operator adds a late sailing to the island\n",
            [
                ("The harbour needs a plan for its silt, not only another dredger", None),
                ("Fish market traders oppose new parking charges on the pier", None),
                ("Ferry operator adds a late sailing to the island", "Coastal Ledger"),
            ],
            id="a_name_in_capitals_is_an_author_and_a_short_heading_over_a_source_line_no_title",
        ),
        pytest.param(
            "BAY WIRE NEWS AGENCY\n"
            "Harbour\n"
            "Politics\n"
            "Economy\n"
            "Market\n"
            "(LEAD) Port authority approves dredging of the eastern channel after review\n"
            "Economy\n"
            "2026.03.14 11:32 KST\n"
            "By Moira Quinn\n"
            "HARBOUR, March 14 (Bay Wire) -- The port authority voted on Friday to dredge the "
            "eastern channel, ending a review begun in 2024.\n"
            "Dredging will start in the autumn and is expected to take eighteen months, the "
            "authority said.\n"
            "mquinn@baywire.example\n"
            "(END)\n"
            "Keywords\n"
            "#harbour\n"
            "Most Viewed\n"
            "1\n"
            "Lighthouse keepers' cottages to reopen as holiday lets\n"
            "2\n"
            "Marina fees to rise by five percent from April\n"
            "All News\n"
            "Ferry operator adds a late sailing on weekend nights\n"
            "5 minutes ago\n"
            "Fish market moves to the old customs shed\n"
            "40 minutes ago\n"
            "(2nd LD) Tug crews to strike over new shift patterns\n"
            "2 hours ago\n"
            "About Us\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", None),
                ("Fish market moves to the old customs shed", None),
                ("(2nd LD) Tug crews to strike over new shift patterns", None),
            ],
            id="a_lists_all_news_heading_is_no_source_of_its_first_card",
        ),
        pytest.param(
            LEAD
            + "More on this story\n"
            + "Ferry operator adds a late sailing on weekend nights\nKerry Independent\n"
            + "2 days ago\n"
            + "Nov 26, 2026\nFish market moves to the old customs shed\n"
            + "Traders will open on Sundays from next month, the market board said.\n"
            + "Most Read\n",
            [
                ("Ferry operator adds a late sailing on weekend nights", "Kerry Independent"),
                ("Fish market moves to the old customs shed", None),
            ],
            id="an_outlets_name_under_a_cards_title_is_its_source_on_any_page",
        ),
        pytest.param(
            LEAD
            + "More on harbours\n"
            + "Politics\nCouncil votes to dredge the eastern channel next spring\n"
            + "The vote passed by nine to four after a two-hour debate.\n"
            + "Moira Quinn\n27 November 2026\n"
            + "Business\nFerry operator adds a late sailing on weekend nights\n"
            + "Tess Arden, Ports Editor\n26 November 2026\n"
            + "Kayaking\nTwo kayakers rescued off the point after a sudden squall\n"
            + "Both kayakers were treated for cold at the lifeboat station.\n"
            + "24 November 2026\n"
            + "Opinion\nThe harbour needs a second slipway, not a bigger car park\n"
            + "Ian Reed\n22 November 2026\n",
            [
                ("Council votes to dredge the eastern channel next spring", None),
                ("Ferry operator adds a late sailing on weekend nights", None),
                ("Two kayakers rescued off the point after a sudden squall", None),
                ("The harbour needs a second slipway, not a bigger car park", None),
            ],
            id="a_word_over_a_title_where_the_list_prints_section_names_is_a_chip",
        ),
        pytest.param(
            LEAD.replace("By Moira Quinn\n", "Harbour Wire\n")
            + "Up next\n"
            + "Bay Radio · 2h ago\n"
            + "Ferry operator adds a late sailing to the island on Fridays\n"
            + "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
            + "Fish market traders oppose new parking charges on the pier\n"
            + "Coastal Ledger\n3 hours ago\n"
            + "Science\nTwo kayakers rescued off the point after a sudden squall\n"
            + "Both kayakers were treated for cold at the lifeboat station.\n5 hours ago\n"
            + "Quayhurst\nTug crews to strike over new shift patterns\nYesterday\n",
            [
                ("Ferry operator adds a late sailing to the island on Fridays", "Bay Radio"),
                ("Fish market traders oppose new parking charges on the pier", "Coastal Ledger"),
                ("Two kayakers rescued off the point after a sudden squall", None),
                ("Tug crews to strike over new shift patterns", "Quayhurst"),
            ],
            id="a_publishers_name_after_a_chipped_card_stays_the_cards_source",
        ),
        pytest.param(
            "Nachrichten\nRegion\nPanorama\nPanorama\nWetter\n"
            "Sturmflut in Neuhafen: Wasser steht meterhoch in der Uferstraße\n"
            "22.05.2026, 09:12 Uhr\n"
            "Von dpa\n"
            "Neuhafen (dpa) - Eine Sturmflut hat in der Nacht die Uferstraße in Neuhafen "
            "überschwemmt. Die Feuerwehr pumpte bis zum Morgen Wasser aus den Kellern.\n"
            "Verletzt wurde niemand. Der Wetterdienst hatte vor Sturmfluten der höchsten "
            "Warnstufe gewarnt.\n"
            "Lesen Sie auch\n"
            "Fährverkehr zur Insel ab Montag wieder nach Plan\n"
            "Sturmflut\n"
            "vor 5 Stunden\n"
            "Zur Startseite\n",
            [("Fährverkehr zur Insel ab Montag wieder nach Plan", None)],
            id="a_kicker_the_text_uses_as_a_word_is_no_source_under_the_card_before",
        ),
        pytest.param(
            LEAD
            + "Related\n"
            + "Dredging contract goes to a Dutch firm\nHarbourWatch\n4 hrs ago\n"
            + "Tug crews to strike over new shift patterns\nMoira Quinn\n9 hrs ago\n"
            + "Fish market moves to the old customs shed\nBay24\n11 hrs ago\n",
            [
                ("Dredging contract goes to a Dutch firm", "HarbourWatch"),
                ("Tug crews to strike over new shift patterns", None),
                ("Fish market moves to the old customs shed", "Bay24"),
            ],
            id="a_coined_brand_under_a_title_is_the_cards_source_not_its_author",
        ),
        pytest.param(
            "Harbour Times\nOpinion\n"
            "The harbour needs a plan for its silt, not another dredger\n"
            "By Moira Quinn\nColumnist\nMarch 14, 2026\n"
            "Every decade the port authority votes to dredge the eastern channel, and every "
            "decade the silt returns.\n"
            "The money would be better spent upstream, where the silt begins its journey.\n"
            "Comments\nMore from our columnists\n"
            "Maria Castell\nWhy the ferry timetable should change with the tides\nMarch 12, 2026\n"
            "Jonas Brenner\nThe fish market move is a chance to rethink the quay\n"
            "March 10, 2026\n",
            [
                ("Why the ferry timetable should change with the tides", None),
                ("The fish market move is a chance to rethink the quay", None),
            ],
            id="a_persons_name_over_an_opinion_cards_title_is_its_author_not_its_source",
        ),
    ],
)
def test_the_cards_under_the_lead_read_their_title_and_source(
    page: str, expected: list[tuple[str, str | None]]
) -> None:
    drafts = split(page)
    assert [(d.title, d.source) for d in drafts[1:]] == expected


def test_the_articles_stamp_printed_again_under_its_text_heads_no_card() -> None:
    drafts = split(
        "Harbour Times\n"
        + "Port authority approves dredging of the eastern channel after two-year review\n"
        + "Press Association of the Coast\n"
        + "First Published : Mar 14 2026 | 10:15 AM GMT\n"
        + "The port authority voted on Friday to dredge the eastern channel, ending a review "
        + "begun in 2024.\n"
        + "Dredging will start in the autumn and is expected to take eighteen months.\n"
        + "(Only the headline of this report may have been reworked by our staff.)\n"
        + "PAC HT JK\n"
        + "First Published: Mar 14 2026 | 10:15 AM GMT\n"
        + "Related\n"
        + "Ferry operator adds a late sailing on weekend nights\nMar 14 2026 | 9:05 AM GMT\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Port authority approves dredging of the eastern channel after two-year review",
            "First Published : Mar 14 2026 | 10:15 AM GMT",
        ),
        ("Ferry operator adds a late sailing on weekend nights", "Mar 14 2026 | 9:05 AM GMT"),
    ]


def test_a_title_three_summary_lines_and_a_byline_open_a_title_first_list() -> None:
    lines = (
        "Ferry operator adds a late sailing on weekend nights",
        "The extra sailing leaves the pier at eleven and returns before one.",
        "It will run on Fridays and Saturdays until the end of September.",
        "Fares for the late sailing will match those of the evening crossing.",
        "By Tom Ashdown",
        "45 minutes ago",
        "Fish market moves to the old customs shed",
    )
    assert _title_opens(_features(lines), 0, len(lines), set())


def test_cards_of_one_day_with_a_date_alone_are_each_a_card() -> None:
    drafts = split(
        LEAD.replace("March 14, 2026", "14.03.2026")
        + "Related News\n"
        + "Ferry operator adds a late sailing on weekend nights\n13.03.2026\n"
        + "Fish market moves to the old customs shed\n13.03.2026\n"
        + "Lifeboat crew rescues two kayakers off the point\n14.03.2026\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "13.03.2026"),
        ("Fish market moves to the old customs shed", "13.03.2026"),
        ("Lifeboat crew rescues two kayakers off the point", "14.03.2026"),
    ]


def test_a_one_word_publisher_under_a_title_on_a_page_of_source_meta_lines() -> None:
    drafts = split(
        "NewsHub\nTopic\nHarbour dredging\n"
        + "Port authority confirms new dredger delayed to 2028\nHarbourWire\n3 hrs ago\n"
        + "The authority says the dredger will arrive a year later than planned.\n"
        + "Ferry operator adds a late sailing on weekend nights\nBay Radio · 6 hrs ago\n"
        + "Fish market moves to the old customs shed\nThe Coast Times | 1 day ago\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Port authority confirms new dredger delayed to 2028", "HarbourWire"),
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio"),
        ("Fish market moves to the old customs shed", "The Coast Times"),
    ]


def test_many_ad_labels_repeated_stamps_and_one_line_cards_split_in_one_pass() -> None:
    card = (
        "Ad\nHarbourside Outlet\nWinter sale starts now at the harbour shop {n}\n"
        "Bay Radio\nA teaser title about the harbour number {n} · 2h ago\n"
        "First Published: Mar 14 2026 | 10:15 AM GMT\n"
    )
    started = time.process_time()
    drafts = split("".join(card.format(n=n) for n in range(3_000)))
    assert time.process_time() - started < 10  # (linear: about a second)
    assert drafts


def test_a_badge_under_a_stampless_card_in_a_source_first_list_keeps_that_card() -> None:
    drafts = split(
        "Morning Brief\nTop Stories\n"
        + "Harbour Times\nPort authority approves dredging of the eastern channel\n20m ago\n"
        + "Valley Courier\nOrchard growers count losses after the late frost in the valley\n"
        + "Members Only\n"  # (a badge, printed under another card too)
        + "Coast Radio\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
        + "Members Only\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Port authority approves dredging of the eastern channel", "Harbour Times", "20m ago"),
        ("Orchard growers count losses after the late frost in the valley", "Valley Courier", None),
        ("Ferry operator adds a late sailing on weekend nights", "Coast Radio", "2h ago"),
    ]


def test_a_publisher_under_a_stampless_cards_summary_is_its_source() -> None:
    drafts = split(
        LEAD
        + "More on this story\n"
        + "Coast Radio\nFerry operator adds a late sailing on weekend nights\n2 hrs ago\n"
        + "Fish market moves to the old customs shed by the harbour\n"
        + "Traders will pay lower rents for the first two years of the lease.\n"
        + "Valley Courier\n"
        + "Bay Gazette\nVolunteers count record number of nesting terns on the breakwater\n"
        + "5 hrs ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Coast Radio", "2 hrs ago"),
        ("Fish market moves to the old customs shed by the harbour", "Valley Courier", None),
        (
            "Volunteers count record number of nesting terns on the breakwater",
            "Bay Gazette",
            "5 hrs ago",
        ),
    ]
    assert "Valley Courier" not in drafts[2].body


def test_a_publisher_and_a_title_under_the_last_card_of_a_source_first_list_are_a_card() -> None:
    drafts = split(
        LEAD
        + "More Stories\n"
        + "Coast Radio\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
        + "Bay Gazette\nVolunteers count record number of nesting terns on the breakwater\n"
        + "5h ago\n"
        + "Valley Courier\nWhy the orchard towns keep betting on the old rail line\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[3:]] == [
        ("Why the orchard towns keep betting on the old rail line", "Valley Courier", None)
    ]


def test_the_last_cards_closing_publisher_heads_no_card_in_the_list_under_it() -> None:
    drafts = split(
        LEAD
        + "More Stories\n"
        + "Coast Radio\nFerry operator adds a late sailing on weekend nights\n2h ago\n"
        + "The new sailing leaves the harbour at eleven on Fridays and Saturdays.\n"
        + "yesterday\nVolunteers count record number of nesting terns on the breakwater\n"
        + "Bay Gazette\n\n"
        + "Most read\n1\nWhy the orchard towns keep betting on the old rail line\n"
        + "2\nFish market moves to the old customs shed by the harbour\n"
    )
    assert "Why the orchard towns keep betting on the old rail line" not in [
        d.title for d in drafts
    ]


def test_a_stamp_and_its_update_under_one_headline_stay_one_card() -> None:
    drafts = split(
        LEAD
        + "Related\n"
        + "Ferry operator adds a late sailing to the island on Fridays\n"
        + "March 12, 2026\nUpdated March 13, 2026\n"
        + "Lighthouse keepers' cottages to open as a museum next spring\n"
        + "The keepers left in 1981 and the cottages have stood empty since.\n"
    )
    assert [d.time_text for d in drafts[1:2]] == ["March 12, 2026"]


@pytest.mark.parametrize(
    "between",
    [
        # a chip over the title and a summary
        "Explainer\nWhy the harbour silts up faster than the river authority planned\n"
        "Two dry summers left more sand at the mouth than in any year since 1990.\n",
        # a title and a summary right under the card before's stamp
        "Why the harbour silts up faster than the river authority planned\n"
        "Two dry summers left more sand at the mouth than in any year since 1990.\n",
    ],
)
def test_a_card_without_a_stamp_after_a_title_stamp_card_is_its_own(between: str) -> None:
    drafts = split(
        LEAD
        + "More from Harbour\n"
        + "Ferry operator adds a late sailing to the island on Fridays\nMarch 12, 2026\n"
        + between
        + "Quayside\nFish market traders oppose new parking charges on the pier\n3 days ago\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing to the island on Fridays", "March 12, 2026"),
        ("Why the harbour silts up faster than the river authority planned", None),
        ("Fish market traders oppose new parking charges on the pier", "3 days ago"),
    ]
    assert drafts[1].body == ""
    assert drafts[2].body.startswith("Two dry summers")


def test_source_meta_lines_under_summaries_close_their_cards_in_a_list_of_mixed_cards() -> None:
    drafts = split(
        "Harbour Hub\nNews\nHarbour\n"
        + "Ferry operator adds a late sailing to the island on Fridays\n"
        + "The new sailing leaves the terminal at half past ten.\n"
        + "Coastal Ledger · 2h\n"
        + "Fish market traders oppose new parking charges on the pier\n"
        + "Bay Radio · 4h\n\n"
        + "Lighthouse keepers' cottages to open as a museum next spring\n"
        + "The keepers left in 1981 and the cottages have stood empty since.\n"
        + "Evening Courier · 6h\n"
        + "Dredgers return to the eastern channel after the winter storms\n"
        + "Harbour FM · 1d\n"
        + "Pier restoration fund reaches its target two years early\n"
        + "Donations from visitors paid for the last of the new decking.\n"
        + "Quay Times · 2d\n"
        + "See more harbour stories\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Ferry operator adds a late sailing to the island on Fridays", "Coastal Ledger", "2h"),
        ("Fish market traders oppose new parking charges on the pier", "Bay Radio", "4h"),
        ("Lighthouse keepers' cottages to open as a museum next spring", "Evening Courier", "6h"),
        ("Dredgers return to the eastern channel after the winter storms", "Harbour FM", "1d"),
        ("Pier restoration fund reaches its target two years early", "Quay Times", "2d"),
    ]


def test_a_headline_over_a_publisher_stamp_and_summary_is_a_card_not_a_comment() -> None:
    drafts = split(
        "Topicsphere\nTopics\nFollow\nHarbour policy\nFerries · Dredging · Fisheries\n"
        "Top coverage\n"
        "Port authority approves dredging of the eastern channel after review\n"
        "Harbour Times\n4 hours ago\n"
        "The vote ends a review begun in 2024; work starts in the autumn and takes a year.\n"
        "Bay Radio — 6 hrs ago\nFerry operator adds a late sailing on weekend nights\n"
        "Coastal Ledger\nAnalysis: Why the harbour silts up faster than planned\n"
        "By Moira Quinn\nYesterday\n"
        "Full coverage\nMore topics\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Port authority approves dredging of the eastern channel after review", "4 hours ago"),
        ("Ferry operator adds a late sailing on weekend nights", "6 hrs ago"),
        ("Analysis: Why the harbour silts up faster than planned", "Yesterday"),
    ]


def test_an_ad_label_printed_under_its_ad_does_not_hide_the_next_card() -> None:
    drafts = split(
        "Top stories for you\n"
        "Ferry operator adds a late sailing on weekend nights\nBay Radio · 3h\n"
        "The extra sailing leaves the island at 23:30 on Fridays and Saturdays.\n"
        "Sponsored\nThese 5 boat covers could save your hull\nDockside Cover\n·\nAd\n"
        "Fish market moves to the old customs shed\nCoastal Ledger\n· 45m\n"
        "Traders will open on Sundays from next month, the market board said.\n"
        "Tug crews to strike over new shift patterns\nHarbour Times\n·\n5h\n"
        "See more\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "3h"),
        ("Fish market moves to the old customs shed", "Coastal Ledger", "45m"),
        ("Tug crews to strike over new shift patterns", "Harbour Times", "5h"),
    ]


def test_a_section_chip_between_a_cards_title_and_stamp_closes_that_card() -> None:
    drafts = split(
        LEAD
        + "More coverage\n"
        + "Why the harbour silts up faster than the river authority planned\n"
        + "Environment\n3h ago\n"
        + "Fish market traders oppose new parking charges on the pier\n"
        + "Stall holders say the charges will drive away their early customers.\n"
        + "Business\n5h ago\n"
        + "License this article\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Why the harbour silts up faster than the river authority planned", None, "3h ago"),
        ("Fish market traders oppose new parking charges on the pier", None, "5h ago"),
    ]
    assert drafts[2].body.startswith("Stall holders say")


LIVE_UNDER_MENU = """\
Harbour Radio
For You
Local
Weather
Live
Gales close the harbour bridge as storm surge floods the quayside
By Moira Quinn
Published 14 Mar 2026, 7:05am
2:40pm
Quayside shops sandbag their doors
Traders on the quayside say the water reached their steps within an hour of high tide.
1:15pm
Harbour bridge shut to all traffic
The council closed the bridge after gusts of 70mph were recorded on the span.
11:50am
Ferries stay in port for the day
The ferry company cancelled all sailings and said it would review the forecast tonight.
"""


def test_a_live_label_under_a_menu_heading_still_makes_one_live_blog() -> None:
    drafts = split(LIVE_UNDER_MENU)
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Gales close the harbour bridge as storm surge floods the quayside",
            "Published 14 Mar 2026, 7:05am",
        )
    ]
    assert "1:15pm" in drafts[0].body and "Ferries stay in port" in drafts[0].body


def test_a_second_live_kicker_over_the_headline_still_makes_one_live_blog() -> None:
    drafts = split(
        "News\nBusiness\nLive\nHarbour live\n"
        "Port authority approves dredging as ferry fares rise; fish market moves to the quay\n"
        "Rolling coverage of the day's news from the harbour and the waterfront\n"
        "Moira Quinn\nUpdated 17:42 GMT, 14 March 2026\n"
        "17:42 GMT\nClosing post: the harbour board meets again on Monday\n"
        "The board will meet again on Monday to set the dredging timetable and the fees.\n"
        "15:10 GMT\nFerry fares to rise by three percent\n"
        "The ferry company said fares would rise from April to cover the cost of fuel.\n"
        "09:05 GMT\nIntroduction: a busy day on the water\n"
        "Good morning and welcome to our rolling coverage of the harbour and the quays.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Port authority approves dredging as ferry fares rise; fish market moves to the quay",
            "Updated 17:42 GMT, 14 March 2026",
        )
    ]
    assert "Ferry fares to rise by three percent" in drafts[0].body


def test_a_topics_few_words_under_the_live_kicker_are_no_headline() -> None:
    # live kicker / the story's topic / the headline: the topic is a second kicker
    drafts = split(
        "Norhaven Post\nPolitics\nLIVE\nFerry subsidy row\n"
        "Councillors trade blows over ferry subsidy as the budget vote nears\n"
        "Last updated 10:42 GMT\n"
        "10:42\nVote moved to the afternoon\n"
        "The chair moved the final vote to three o'clock to let the finance panel meet.\n"
        "09:58\nFerry union writes to members\n"
        "The ferry workers' union urged members to lobby councillors before the vote.\n"
        "09:15\nDebate opens\n"
        "The leader opened the debate by defending the cut to the ferry subsidy.\n"
    )
    assert drafts[0].title == (
        "Councillors trade blows over ferry subsidy as the budget vote nears"
    )
    assert "Ferry union writes to members" in drafts[0].body


def test_a_live_blogs_own_short_headline_naming_itself_live_stays_its_title() -> None:
    # a short headline that says it is live is the blog's title, the line under it its deck
    drafts = split(
        "Norhaven Post\nLIVE\nCount night live\n"
        "Ballot boxes from all twelve wards have reached the count at the town hall\n"
        "Updated 6 minutes ago\n"
        "23:40\nFirst result in the quay ward\n"
        "The sitting councillor held the quay ward with a smaller majority.\n"
        "23:05\nTurnout up in the hill wards\n"
        "Turnout in the hill wards was about four points higher than last time.\n"
    )
    assert drafts[0].title == "Count night live"
    assert "Ballot boxes from all twelve wards" in drafts[0].body


def test_an_english_word_over_a_french_cards_title_in_a_source_first_list_is_its_source() -> None:
    drafts = split(
        "Actualités\nThème : le port\nTout\nBelgique\n"
        "La Gazette du Port\nLes ferries ajoutent une traversée de nuit le week-end\n"
        "La compagnie a annoncé une traversée supplémentaire le vendredi et le samedi soir.\n"
        "il y a 3 h\n"
        "Signal\nLa marina annonce l'extension de ponton en mai\n"
        "Trente places nouvelles seront réservées aux voiliers de passage.\nil y a 5 h\n"
        "À propos\n"
    )
    # ("l", "de", "en" are words of many languages: the title is no English one, and the
    # English word over it no chip)
    assert [(d.source, d.time_text) for d in drafts] == [
        ("La Gazette du Port", "il y a 3 h"),
        ("Signal", "il y a 5 h"),
    ]


def test_a_place_after_a_particle_in_the_byline_is_no_source() -> None:
    drafts = split(
        "Portal Serrano\n"
        "Menu\n"
        "Economia\n"
        "Esportes\n"
        "Economia\n"
        "Cooperativas\n"
        "Safra de milho deve bater recorde no planalto, projeta a cooperativa regional\n"
        "Estimativa considera clima favorável; vendas para o porto seguem em alta\n"
        "Por Tiago Valente, de Vila Serena\n"
        "28/11/2026 08h14 Atualizado há 2 horas\n"
        "A cooperativa regional elevou nesta sexta-feira a projeção para a safra de milho, "
        "que agora deve alcançar 12 milhões de toneladas, um aumento de 4% em relação ao "
        "ciclo anterior.\n"
        "Segundo o boletim, o plantio já atingiu 91% da área prevista e as chuvas regulares "
        "favoreceram o desenvolvimento das lavouras no planalto.\n"
        "Veja também\n"
        "Vendas de café da serra somam 3 milhões de sacas até outubro\n"
        "Folha Rural\n"
        "há 4 horas\n"
        "Governo anuncia crédito para armazéns em pequenas propriedades\n"
        "Programa terá juros subsidiados para cooperativas.\n"
        "Agência Serrana\n"
        "ontem\n"
    )
    assert "Vila Serena" not in (drafts[0].source or "")  # "Por …, de Vila Serena": a place
    assert [d.source for d in drafts[1:]] == ["Folha Rural", "Agência Serrana"]


def test_a_name_and_stamp_under_a_headline_no_card_holds_close_that_headlines_card() -> None:
    drafts = split(
        LEAD.replace("By Moira Quinn\n", "")  # (no byline: names over stamps are no authors)
        + "More news\n"
        + "Bay Radio · 2 hours ago\nFerry operator adds a late sailing on weekend nights\n"
        + "Coastal Ledger · 5 hours ago\nFish market moves to the old customs shed\n"
        + "Tug crews to strike over new shift patterns at the port\n"
        + "Evening Courier\n6 hours ago\n"
        + "Save up to 40 percent on your boat insurance today\nDockside Cover\n"
        + "Lifeboat crew rescues two kayakers off the point\n"
        + "Both kayakers were treated for cold at the lifeboat station.\nYesterday, 18:40\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:4]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2 hours ago"),
        ("Fish market moves to the old customs shed", "Coastal Ledger", "5 hours ago"),
        ("Tug crews to strike over new shift patterns at the port", "Evening Courier",
         "6 hours ago"),
    ]  # fmt: skip


def test_a_read_more_link_between_live_entries_does_not_end_the_blog() -> None:
    drafts = split(
        LIVE_UNDER_MENU.replace(
            "11:50am\n", "Read more\nWhat the storm surge warning means for you\n11:50am\n"
        )
        + "Related content\n"
        + "Harbour master retires after 30 years at the port\nHarbours\n12/03/2026\n"
    )
    assert [d.title for d in drafts] == [
        "Gales close the harbour bridge as storm surge floods the quayside",
        "Harbour master retires after 30 years at the port",
    ]
    assert "Ferries stay in port" in drafts[0].body
    assert "storm surge warning means" not in drafts[0].body


def test_a_card_right_under_an_ad_is_no_tagline_of_the_ad() -> None:
    # title / summary / "Source · 2h" cards; the first one follows an ad's label and title
    drafts = split(
        LEAD
        + "\nAd • Kelpwise Savings\nFour ways to save on winter heating\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "The extra crossing leaves the north quay at eleven on Fridays and Saturdays.\n"
        + "Bay Radio · 2h ago\n"
        + "Fish market moves to the old customs shed\nThe Coast Times · 5h ago\n"
        + "Lighthouse keepers' cottage reopens as a museum\n"
        + "Volunteers restored the cottage over three winters.\n"
        + "Quayside Post · 1d ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h ago"),
        ("Fish market moves to the old customs shed", "The Coast Times", "5h ago"),
        ("Lighthouse keepers' cottage reopens as a museum", "Quayside Post", "1d ago"),
    ]


def test_an_ads_headline_over_the_next_cards_source_and_stamp_line_is_the_ads() -> None:
    # "Source · 2h" / title cards; an ad's label names its advertiser, its headline (no stamp
    # of its own) stands right over the next card's "Source · 7h" line
    drafts = split(
        LEAD
        + "More for you\nBay Radio · 2h ago\nFerry operator adds a late sailing on weekend nights\n"
        + "Coast Ledger · 5h ago\nFish market moves to the old customs shed by the lock\n\n"
        + "Ad\nMarrowby Bank\nSavers are moving their money into this fixed account\n"
        + "Quay Post · 7h ago\nLighthouse keepers' cottages to reopen as holiday lets\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h ago"),
        ("Fish market moves to the old customs shed by the lock", "Coast Ledger", "5h ago"),
        ("Lighthouse keepers' cottages to reopen as holiday lets", "Quay Post", "7h ago"),
    ]


def test_a_card_whose_source_line_follows_its_title_right_under_an_ad_is_no_tagline() -> None:
    # "Source · 2h" / title / summary, an ad, then title / source / stamp cards
    drafts = split(
        LEAD
        + "\nBay Radio · 2h ago\nFerry operator adds a late sailing on weekend nights\n"
        + "The extra crossing leaves the north quay at eleven on Fridays and Saturdays.\n"
        + "Ad · Kelpwise Savings\nFour ways to save on winter heating this year\n"
        + "Fish market moves to the old customs shed by the lock\nThe Coast Times\n5 hours ago\n"
        + "Lighthouse keepers' cottage reopens as a museum\nQuayside Post\n1 day ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio", "2h ago"),
        ("Fish market moves to the old customs shed by the lock", "The Coast Times", "5 hours ago"),
        ("Lighthouse keepers' cottage reopens as a museum", "Quayside Post", "1 day ago"),
    ]


@pytest.mark.parametrize(
    "cards",
    [
        pytest.param(
            "Bay Radio\n2h\nFerry operator adds a late sailing on weekend nights\n"
            "Sponsored\nKestrel Garden Rooms\n"
            "A garden office that pays for itself in two winters, owners say\n"
            "Coast Ledger\n6h\nFish market moves to the old customs shed by the lock\n"
            "Quay Post\n1d\nLighthouse keepers' cottages to reopen as holiday lets\n",
            id="source_first_cards",
        ),
        pytest.param(
            "2 hours ago\nBay Radio\nFerry operator adds a late sailing on weekend nights\n"
            "The extra crossing leaves the north quay at eleven on Fridays.\n\n"
            "Ad\nTidewater Cruises\nSee the northern fjords with half-price cabins\n"
            "6 hours ago\nCoast Ledger\nFish market moves to the old customs shed by the lock\n"
            "1 day ago\nQuay Post\nLighthouse keepers' cottages to reopen as holiday lets\n"
            "The council will restore four cottages on the headland over the winter.\n",
            id="stamp_first_cards",
        ),
    ],
)
def test_an_advertisers_name_printed_like_a_headline_is_no_ads_title(cards: str) -> None:
    # ad label / a short name printed like a headline / the ad's longer headline: the name
    # is the advertiser's, the headline the ad's (not a card's title taking the next stamp)
    drafts = split(LEAD + "More for you\n" + cards)
    assert [d.title for d in drafts[1:]] == [
        "Ferry operator adds a late sailing on weekend nights",
        "Fish market moves to the old customs shed by the lock",
        "Lighthouse keepers' cottages to reopen as holiday lets",
    ]


def test_an_ads_short_title_keeps_its_tagline_when_read_as_the_advertiser() -> None:
    # "Ad" / a short headline / its tagline over a stampless card's source and title
    drafts = split(
        LEAD
        + "More for you\nBay Radio\n2h\nFerry operator adds a late sailing on weekend nights\n"
        + "Ad\nBoat Cover Deals\nSkippers are saving hundreds with this winter switch\n"
        + "Coast Ledger\nFish market moves to the old customs shed by the lock\n"
        + "Traders will move in over the Easter weekend, the harbour board said.\n"
        + "Quay Post\n1d\nLighthouse keepers' cottages to reopen as holiday lets\n"
    )
    assert not any("Skippers are saving" in d.body for d in drafts)


def test_the_last_card_with_a_summary_of_one_short_sentence_is_a_card() -> None:
    # kicker / title / stamp, then kicker / title / a four-word summary / stamp
    drafts = split(
        LEAD
        + "More harbour news\nFerries\nFerry operator adds a late sailing on weekend nights\n"
        + "4 hours ago\nMarkets\nFish market moves to the old customs shed by the lock\n"
        + "Traders welcome the move.\n9 hours ago\nWeather\nTides\nContact us\n"
    )
    assert [(d.title, d.body, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "", "4 hours ago"),
        (
            "Fish market moves to the old customs shed by the lock",
            "Traders welcome the move.",
            "9 hours ago",
        ),
    ]


def test_a_title_under_a_cards_byline_and_stamp_line_heads_the_next_card() -> None:
    # title / "By Source · 2 hours ago" cards: the byline line holds its stamp, so the line
    # under it is the next card's title, not more of the byline
    drafts = split(
        LEAD
        + "\nRelated Articles\n"
        + "Ferry operator adds a late sailing on weekend nights\nBy Baywire · 2 hours ago\n"
        + "Fish market moves to the old customs shed\nBy Coastpost · 5 hours ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Baywire", "2 hours ago"),
        ("Fish market moves to the old customs shed", "Coastpost", "5 hours ago"),
    ]


def test_a_headline_under_the_last_listed_card_is_no_text_of_that_card() -> None:
    # title / stamp cards, then a headline with only its author: another entry of the list
    drafts = split(
        LEAD
        + "\nMore from the harbour\n"
        + "Ferry operator adds a late sailing on weekend nights\n2 hours ago\n"
        + "Fish market moves to the old customs shed\n5 hours ago\n"
        + "Lighthouse keepers' cottage reopens as a museum on the headland\nBy Moira Quinn\n"
        + "Readers can send tips and corrections to the newsroom at any time, and every "
        + "message is read by an editor.\n"
    )
    assert [(d.title, d.body) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", ""),
        ("Fish market moves to the old customs shed", ""),
    ]


def test_a_stamp_under_a_summary_closes_its_card_in_a_stamp_first_list() -> None:
    # source / stamp / title cards, then source / title / summary / stamp, then a title with
    # its own "Source · 1 day ago" line: the stamp under the summary is its card's
    drafts = split(
        "Top stories\nBay Radio\n2 hours ago\n"
        "Ferry operator adds a late sailing on weekend nights to ease the queues\n"
        "The extra crossing leaves the north quay at eleven on Fridays and Saturdays, the "
        "operator said.\n"
        "Coast Wire\n4 hours ago\nFish market moves to the old customs shed by the lock\n"
        "Business\nHarbour Ledger\n"
        "Marina fees to rise by five percent from April for all berth holders\n"
        "Boat owners say the rise comes on top of higher insurance costs this winter.\n"
        "6 hours ago\n"
        "Lighthouse keepers' cottage reopens as a museum on the headland\n"
        "Quayside Post · 1 day ago\n"
        "Sport\nBay Radio · yesterday\n"
        "Rowing club wins the estuary regatta for a third year running\n\nPrivacy\nTerms\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:4]] == [
        ("Fish market moves to the old customs shed by the lock", "Coast Wire", "4 hours ago"),
        (
            "Marina fees to rise by five percent from April for all berth holders",
            "Harbour Ledger",
            "6 hours ago",
        ),
        (
            "Lighthouse keepers' cottage reopens as a museum on the headland",
            "Quayside Post",
            "1 day ago",
        ),
    ]
    assert drafts[1].body == ""


def test_the_authors_line_under_a_cards_summary_is_no_source_of_a_card_under_it() -> None:
    # "Source · 3h" / title / summary / authors, then an ad's title and advertiser: the
    # authors close the card above, they head no stampless card
    drafts = split(
        LEAD
        + "\nLatest\nCoast Wire · 3 hours ago\n"
        + "Fish market moves to the old customs shed by the lock\n"
        + "Traders said the new hall would open before the summer season and keep the early "
        + "auction.\n"
        + "Por Ilse Marwood e Tomas Berg\n"
        + "Compare boat insurance quotes in two minutes\nKelpwise Cover\n"
        + "Marina fees to rise by five percent from April\nQuayside Post · 1 hour ago\n"
        + "Contact us\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Fish market moves to the old customs shed by the lock", "Coast Wire"),
        ("Marina fees to rise by five percent from April", "Quayside Post"),
    ]


def test_a_lists_short_heading_over_a_source_and_stamp_line_is_no_card_title() -> None:
    # "More harbour news" / "Coast Wire · 3h" / title / summary, then title / "Source · 5h"
    drafts = split(
        LEAD
        + "\nMore harbour news\nCoast Wire · 3h\n"
        + "Fish market moves to the old customs shed by the lock\n"
        + "The new hall opens before the summer season.\n"
        + "Marina fees to rise by five percent from April\nBay Radio · 5h\n"
        + "Lighthouse keepers' cottage reopens as a museum\nQuayside Post · Mar 12\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Fish market moves to the old customs shed by the lock", "Coast Wire", "3h"),
        ("Marina fees to rise by five percent from April", "Bay Radio", "5h"),
        ("Lighthouse keepers' cottage reopens as a museum", "Quayside Post", "Mar 12"),
    ]


def test_a_cards_longer_deck_between_its_headline_and_stamp_is_no_title() -> None:
    # label / headline / a deck of one question / stamp, then title / stamp
    drafts = split(
        LEAD
        + "\nMore on this story\n\nAnalysis\n"
        + "What the dredging plan means for the fishing fleet this spring\n"
        + "The boats must keep to the western channel for a year — but who pays for the lost "
        + "catch?\n12 Mar 2026\n"
        + "Ferry fares rise for the first time in three years\n2 Mar 2026\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("What the dredging plan means for the fishing fleet this spring", "12 Mar 2026"),
        ("Ferry fares rise for the first time in three years", "2 Mar 2026"),
    ]
    assert drafts[1].body.startswith("The boats must keep")


def test_an_agency_over_a_cards_title_outranks_the_author_under_it() -> None:
    # source-first cards; one prints its author's name (no known first name) over its stamp
    drafts = split(
        "Following\nMountain weather\n"
        "Northshore Herald\n"
        "Avalanche risk raised to level four on the western slopes\n"
        "Ski patrols closed three runs above the tree line on Sunday morning.\n"
        "Helen Quarrie · 35m\n"
        "Valley Gazette\n"
        "Hut wardens ask walkers to carry spikes until the thaw\n"
        "Two walkers were rescued from the ridge path last week after slipping on ice.\n"
        "Daniel Ashby · 2d\n"
        "AFP\nSnow chains compulsory on the pass road from Friday\nEkwueme Dovrin\n9h\n"
        "Ridgeline Post\nMountain rescue team gets a second helicopter\n"
        "The aircraft will be based at the lake airfield from the spring.\nPeter Holm · 6d\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Avalanche risk raised to level four on the western slopes", "Northshore Herald"),
        ("Hut wardens ask walkers to carry spikes until the thaw", "Valley Gazette"),
        ("Snow chains compulsory on the pass road from Friday", "AFP"),
        ("Mountain rescue team gets a second helicopter", "Ridgeline Post"),
    ]


def test_an_online_outlets_name_in_a_cards_meta_line_is_its_source_not_an_author() -> None:
    # "Glen Online · 1d ago" reads like a first name and a surname: "Online" names an outlet
    drafts = split(
        LEAD
        + "\nMore from the coast\n"
        + "Ferry operator adds a late sailing on weekend nights\nBay Radio · 3h ago\n"
        + "Watch: Fish market moves to the old customs shed\nGlen Online · 1d ago\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio"),
        ("Watch: Fish market moves to the old customs shed", "Glen Online"),
    ]


def test_a_persons_name_in_a_cards_name_and_stamp_line_is_its_author_not_its_source() -> None:
    drafts = split(
        LEAD
        + "\nMore from Harbour Times\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "Ilse Marwood • Mar 13, 2026\n\n"
        + "Fish market moves to the old customs shed\n"
        + "Traders said the new hall would open before the summer season.\n"
        + "Quayside Post • Mar 12, 2026\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", None),
        ("Fish market moves to the old customs shed", "Quayside Post"),
    ]


def test_a_bare_list_of_headlines_under_the_last_card_is_no_stampless_card() -> None:
    drafts = split(
        LEAD
        + "\nRelated\n"
        + "Ferry operator adds a late sailing on weekend nights\nPublished On 12 Mar 2026\n"
        + "Fish market moves to the old customs shed\n"
        + "Traders said the new hall would open before the summer season.\n"
        + "Published On 11 Mar 2026\n"
        + "Pictures: The boatyards of the south shore\nPublished On 10 Mar 2026\n"
        + "Most Read\n"
        + "Lighthouse keepers' cottage reopens as a museum\n"
        + "Explainer: What changes for the harbour's pilots this year?\n"
        + "Pictures: Storm waves over the north breakwater\n"
        + "About\nContact us\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Ferry operator adds a late sailing on weekend nights",
        "Fish market moves to the old customs shed",
        "Pictures: The boatyards of the south shore",
    ]


def test_a_live_blogs_key_events_list_over_its_entries_is_no_text() -> None:
    drafts = split(
        "Home\nNews\n"
        "Live\n"
        "Harbour storm: ferries cancelled as gales reach the north quay\n"
        "Rolling coverage as the storm moves up the coast\n"
        "Last updated 14 Mar 2026, 15:40 GMT\n"
        "2h ago\n"
        "Ferry sailings cancelled until Monday\n"
        "5h ago\n"
        "Coastguard warns walkers off the breakwater\n"
        "15.40 GMT\n"
        "Ferry sailings cancelled until Monday\n"
        "The operator said no boats would leave the north quay before Monday morning.\n"
        "12.05 GMT\n"
        "Coastguard warns walkers off the breakwater\n"
        "Waves have been breaking over the wall since dawn, the coastguard said.\n"
    )
    body = drafts[0].body
    assert "2h ago" not in body and "5h ago" not in body
    assert body.count("Ferry sailings cancelled until Monday") == 1
    assert "15.40 GMT" in body and "Waves have been breaking" in body


def test_a_publishers_stamp_over_a_two_sentence_headline_heads_a_card_not_a_comment() -> None:
    # "Topics" ends the text for clean: the stamps under it are read as comments unless
    # a publisher prints them
    drafts = split(
        "Upland Post\nFarming\nRegions\nTopics\nHill farming\nFollow topic\n"
        "Moorland Gazette · 20 minutes ago\n"
        "Is the hill subsidy gone for good? Farmers count the cost of the vote\n"
        "Ridge Chronicle\nShearers travel north as the wool price recovers\n"
        "Prices at the spring sales were the best in six years.\n1 hour ago\n"
        "Fell Times · 3 hours ago\n"
        "Lambing starts early in the high valleys. Vets expect a busy month\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        (
            "Is the hill subsidy gone for good? Farmers count the cost of the vote",
            "Moorland Gazette",
            "20 minutes ago",
        ),
        ("Shearers travel north as the wool price recovers", "Ridge Chronicle", "1 hour ago"),
        (
            "Lambing starts early in the high valleys. Vets expect a busy month",
            "Fell Times",
            "3 hours ago",
        ),
    ]


def test_the_articles_stamp_again_under_another_label_heads_no_card() -> None:
    drafts = split(
        "Harbour Times\nPorts\n"
        "Port authority approves dredging of the eastern channel after two-year review\n"
        "Written By: Moira Quinn\nPublished On: March 14, 2026, 10:05 GMT\n"
        "The port authority voted on Friday to dredge the eastern channel, ending a review "
        "begun in 2024.\n"
        "Dredging will start in the autumn and is expected to take eighteen months, the "
        "authority said.\n"
        "First Published: March 14, 2026, 10:05 GMT\n"
        "News » Port authority approves dredging of the eastern channel after two-year review\n"
        "\n"
        "Ferry operator adds a late sailing on weekend nights\nBay Herald · 2 hours ago\n"
        "Fish market moves to the old customs shed\nCoastal Ledger · 4 hours ago\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Port authority approves dredging of the eastern channel after two-year review",
            "Published On: March 14, 2026, 10:05 GMT",
        ),
        ("Ferry operator adds a late sailing on weekend nights", "2 hours ago"),
        ("Fish market moves to the old customs shed", "4 hours ago"),
    ]


def test_a_cards_summary_of_two_sentences_under_its_stamp_is_no_comment() -> None:
    drafts = split(
        LEAD + "Topics\nUplands\nFarming\n\nMore headlines\n"
        "Shearers travel north as the wool price recovers\n14 minutes ago\n"
        "Mountain pass reopens a week ahead of schedule\n2 hours ago\n"
        "Village school wins its fight against closure\nUpdated 6 hours ago\n"
        "Parents collected four thousand signatures. The council backed down on Friday.\n"
        "Cheese makers win a protected name for the valley's blue\nYesterday\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Shearers travel north as the wool price recovers", "14 minutes ago"),
        ("Mountain pass reopens a week ahead of schedule", "2 hours ago"),
        ("Village school wins its fight against closure", "Updated 6 hours ago"),
        ("Cheese makers win a protected name for the valley's blue", "Yesterday"),
    ]


def test_a_short_heading_and_its_description_over_a_source_stamp_line_are_no_card() -> None:
    drafts = split(
        "Upland Post\nHome\nFarming\nRegions\n"
        "Picked for you\n"
        "Stories readers opened most this week.\n"
        "Fell Times · 40 min ago\n"
        "Mountain pass reopens a week ahead of schedule\n"
        "Village school wins its fight against closure\n"
        "Ridge Chronicle · 1 hour ago\n"
        "Parents collected four thousand signatures in a month.\n"
        "Cheese makers win a protected name for the valley's blue\n"
        "Moorland Gazette · 7 hours ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Mountain pass reopens a week ahead of schedule", "Fell Times", "40 min ago"),
        ("Village school wins its fight against closure", "Ridge Chronicle", "1 hour ago"),
        (
            "Cheese makers win a protected name for the valley's blue",
            "Moorland Gazette",
            "7 hours ago",
        ),
    ]


def test_a_stampless_card_with_its_source_over_its_title_in_a_list_of_meta_first_cards() -> None:
    drafts = split(
        LEAD + "Picked for you\n"
        "Ridge Chronicle · 40m\nShearers travel north as the wool price recovers\n"
        "Fell Times\nVillage school wins its fight against closure\n"
        "Parents collected four thousand signatures in a month.\n"
        "Mountain pass reopens a week ahead of schedule\nMoorland Gazette · 3h\n"
        "Snow ploughs were moved to the northern road on Monday.\n"
        "Upland Post · 2d\nCheese makers win a protected name for the valley's blue\n"
        "The ruling covers eleven dairies above the tree line.\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Shearers travel north as the wool price recovers", "Ridge Chronicle", "40m"),
        ("Village school wins its fight against closure", "Fell Times", None),
        ("Mountain pass reopens a week ahead of schedule", "Moorland Gazette", "3h"),
        ("Cheese makers win a protected name for the valley's blue", "Upland Post", "2d"),
    ]


def test_a_stampless_source_first_card_over_a_clusters_navigation_is_a_card() -> None:
    drafts = split(
        "Harbour News\nWorld\nBusiness\n\nHeadlines\nHarbour dredging\n"
        "Coastal Ledger\nPort authority approves dredging of the eastern channel after review\n"
        "3 hrs ago\n"
        "Bay Herald\nFerry operator adds a late sailing on weekend nights\n5 hrs ago\n"
        "Bay Herald\nFish market moves to the old customs shed for the winter months\n"
        "More headlines\n\nFishing quotas\n"
        "Quay Times\nTrawler crews protest cuts to the winter cod quota\n2 days ago\n"
        "Harbour Gazette\nMinister agrees to review the quota before spring\n6 hrs ago\n"
        "More headlines\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        (
            "Port authority approves dredging of the eastern channel after review",
            "Coastal Ledger",
            "3 hrs ago",
        ),
        ("Ferry operator adds a late sailing on weekend nights", "Bay Herald", "5 hrs ago"),
        ("Fish market moves to the old customs shed for the winter months", "Bay Herald", None),
        ("Trawler crews protest cuts to the winter cod quota", "Quay Times", "2 days ago"),
        ("Minister agrees to review the quota before spring", "Harbour Gazette", "6 hrs ago"),
    ]


def test_a_lists_heading_over_a_cards_title_and_stamp_is_no_headline_over_a_deck() -> None:
    drafts = split(
        LEAD + "Was this helpful? Tell us.\n\nAlso on the waterfront\n"
        "Ferry operator adds late weekend sailing\n2 hours ago\n"
        "Fish market moves to the old customs shed\n"
        "Traders will open on Sundays from next month, the market board said.\n6 hours ago\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds late weekend sailing", "2 hours ago"),
        ("Fish market moves to the old customs shed", "6 hours ago"),
    ]


def test_a_byline_and_stamp_under_a_cards_closing_stamp_head_the_next_title() -> None:
    drafts = split(
        "Harbour Express\nHome\nPorts\n"
        "Coastal Ledger · 2 hours ago\n"
        "Port authority approves dredging of the eastern channel after review\n"
        "The work will start in the autumn and take eighteen months.\n"
        "Ferry operator adds a late sailing on weekend nights\n"
        "Bay Herald · 3 hours ago\n"
        "By Moira Quinn\nMarch 13, 2026\n"
        "Fish market moves to the old customs shed for the winter\n"
        "Quay Times · 45 min ago\n"
        "Tug crews to strike over new shift patterns at the port\n"
        "The union said talks with the operator had broken down.\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Herald", "3 hours ago"),
        ("Fish market moves to the old customs shed for the winter", None, "March 13, 2026"),
        ("Tug crews to strike over new shift patterns at the port", "Quay Times", "45 min ago"),
    ]


def test_one_line_cards_with_the_source_first_or_a_small_word_in_the_source() -> None:
    drafts = split(
        "Upland Post\nRegions\nFarming\nMore on this story\n"
        "Shearers travel north as the wool price recovers - Farming is Life - 1 hr ago\n"
        "Ridge Chronicle\n• 4h ago\n"
        "Mountain pass reopens a week ahead of schedule after the thaw\n"
        "Snow ploughs were moved to the northern road on Monday.\n"
        "Moorland Gazette — 40m ago — Village school wins its fight against closure\n"
        "Fell Times\n• Yesterday\nCheese makers win a protected name for the valley's blue\n"
        "The ruling covers eleven dairies above the tree line.\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Shearers travel north as the wool price recovers", "Farming is Life", "1 hr ago"),
        (
            "Mountain pass reopens a week ahead of schedule after the thaw",
            "Ridge Chronicle",
            "4h ago",
        ),
        ("Village school wins its fight against closure", "Moorland Gazette", "40m ago"),
        ("Cheese makers win a protected name for the valley's blue", "Fell Times", "Yesterday"),
    ]


@pytest.mark.parametrize(
    ("name", "framed"),
    [
        ("Harbour and Home", True),
        ("This is Harbour Life", True),
        ("Queues grow Longer", False),  # a lower-case word that is no function word
        ("Live Updates", False),  # no small word inside
    ],
)
def test_a_framed_publisher_has_a_function_word_inside(name: str, framed: bool) -> None:
    assert _framed_name(name) is framed


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("", id="at_the_pages_end"),
        pytest.param("Privacy Policy\nTerms of Use\n", id="over_the_footer"),
    ],
)
def test_a_stamp_under_a_summary_that_closes_its_block_is_that_cards(tail: str) -> None:
    page = (
        LEAD
        + "More Stories\n"
        + "Lifeboat crew rescues two kayakers off the point\n"
        + "Both kayakers were treated for cold at the lifeboat station.\n"
        + "5 hours ago\n"
        + tail
    )
    cards = [(d.title, d.time_text) for d in split(page)[1:]]
    assert cards == [("Lifeboat crew rescues two kayakers off the point", "5 hours ago")]


@pytest.mark.parametrize("length", ["03:12", "0:48"])
def test_a_clips_length_over_a_title_with_its_own_stamp_is_no_stamp_of_the_card(
    length: str,
) -> None:
    page = (
        LEAD
        + f"▶\n{length}\n"
        + "Skipper explains the night rescue off the point\n"
        + "Bay Radio · 2 hours ago\n"
        + "Related Stories\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "Coastal Ledger · 3 hours ago\n"
    )
    cards = [(d.title, d.source, d.time_text) for d in split(page)[1:]]
    assert cards == [
        ("Skipper explains the night rescue off the point", "Bay Radio", "2 hours ago"),
        ("Ferry operator adds a late sailing on weekend nights", "Coastal Ledger", "3 hours ago"),
    ]


def test_short_headlines_over_unpunctuated_decks_in_every_card_are_the_titles() -> None:
    drafts = split(
        LEAD + "Latest\n"
        "Bus fares rise again\n"
        "Fares on the island routes climbed by a tenth in March, the third rise in two years\n"
        "2h ago\n"
        "Fish market shuts early\n"
        "Traders closed at noon on Friday as the tide rose over the quay road\n"
        "4h ago\n"
    )
    assert (drafts[1].title, drafts[1].time_text) == ("Bus fares rise again", "2h ago")


def test_an_advertiser_under_an_ad_title_is_no_source_of_the_card_under_it() -> None:
    drafts = split(
        "Top stories for you\n"
        "Coastal Ledger · 2 hours ago\n"
        "Ferry operator adds a late sailing on weekend nights\n"
        "Sponsored\n"
        "Discover why thousands of islanders are switching their energy supplier\n"
        "Volta Energy\n"
        "Fish market moves to the old customs shed\n"
        "coastwatch\n"
        "1 day ago\n"
        "Tug crews vote to strike over new shift patterns\n"
        "Bay Radio\n"
        "30 min ago\n"
        "See more\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Fish market moves to the old customs shed", "1 day ago"),
        ("Tug crews vote to strike over new shift patterns", "30 min ago"),
    ]
    assert "Volta Energy" not in {d.source for d in drafts}


def test_an_author_under_each_title_keeps_the_stamp_with_the_title_above() -> None:
    drafts = split(
        "Harbour Review\nNews\nOpinion\nOPINION\n"
        "The island ferry subsidy has become a trap for small operators\n"
        "Cheap fuel grants fuelled fares, not new routes. The next scheme must build boats.\n"
        "Renata Olszak\nEconomist, Harbour Institute\n12 March 2026\n"
        "When the council launched its ferry grant in 2023, it promised to help small "
        "operators keep their routes open through the winter months.\n"
        "Instead the money went to the two largest lines, which raised fares on the busiest "
        "crossings and cut the early sailings that workers rely on.\n"
        "What would work instead? First, the council should tie the grant to the number of "
        "winter sailings each operator keeps.\n"
        "Renata Olszak is an economist at the Harbour Institute and a former adviser to the "
        "port board.\n"
        "Comments (2)\nOskar D.\n2 hours ago\n"
        "Finally someone says it. My fare went up twice this year.\n"
        "Lidia\n5 hours ago\nThe mainland routes are very different. Not a fair comparison.\n"
        "More opinion\n"
        "The ferry timetable needs more than another consultation\n"
        "Dariusz Wolanek\n"
        "11 March 2026\n"
        "Why our harbour towns are losing their young engineers\n"
        "Zofia Brzezanka\n"
        "Wages at the yards have not kept pace with the cost of renting near the quay.\n"
        "10 March 2026\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("The ferry timetable needs more than another consultation", "11 March 2026"),
        ("Why our harbour towns are losing their young engineers", "10 March 2026"),
    ]
    # (an author's name under a title, over its stamp or its summary, is no source)
    assert [d.source for d in drafts[1:]] == [None, None]


def test_a_section_fronts_bare_headline_list_under_a_short_label_gives_no_teaser() -> None:
    # a short headline, a longer one and another under a label: three bare links, not a
    # fly-title over a card's title and its rubric
    page = (
        "Valley Arts Weekly\nStage\nFilm\nBooks\nMusic\nWhat's on\n"
        "Latest\n"
        "Choir festival returns to the old mill for a sold-out weekend\n"
        "Painter's lost sketches turn up in a barn loft\n"
        "Brass band marks its centenary with a long street parade\n"
        "Film\n"
        "Cinema club reopens after roof repairs\n"
        "Festival director wants more films shot in the valley towns\n"
        "Local actors fill the cast of a winter thriller\n"
        "Contact us\nCookies\n"
    )
    assert split(page) == []


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(
            "Upcoming events\n"
            "Lantern walk along the old quay\nSat, Mar 14 · 6:30 PM\n"
            "Harbour choir spring concert\nFri, Mar 20 · 7:00 PM\n"
            "More events\n",
            id="event_names_over_their_dates",
        ),
        pytest.param(
            "Timeline\n"
            "Feb 2, 2026\nPort board orders a channel survey\n"
            "Nov 18, 2025\nShippers petition for deeper berths\n",
            id="dates_over_a_storys_past_steps",
        ),
    ],
)
def test_a_list_under_an_events_or_timeline_heading_gives_no_teasers(listing: str) -> None:
    drafts = split(
        LEAD
        + listing
        + "Related\n"
        + "Fish market moves to the old customs shed\nMarch 12, 2026\n"
        + "Ferry operator adds a late sailing on weekend nights\nMarch 10, 2026\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Fish market moves to the old customs shed",
        "Ferry operator adds a late sailing on weekend nights",
    ]
    # (the list is navigation: none of it reads as the lead's text either)
    assert "choir" not in drafts[0].body
    assert "petition" not in drafts[0].body


def test_a_sourced_card_under_a_timeline_tab_stays_a_teaser() -> None:
    drafts = split(
        "Harbour dredging\nTop coverage\n"
        "Coastal Ledger\nPort authority approves dredging of the eastern channel\n2 hours ago\n"
        "Bay Radio\nDredging to start in the autumn, authority says\n5 hours ago\n"
        "Timeline\n"
        "Quay Weekly\nWhy the eastern channel silted up so fast\n8 hours ago\n"
        "Frequently asked questions\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Port authority approves dredging of the eastern channel", "Coastal Ledger"),
        ("Dredging to start in the autumn, authority says", "Bay Radio"),
        ("Why the eastern channel silted up so fast", "Quay Weekly"),
    ]


def test_a_name_under_a_loose_title_line_is_no_source_of_the_card_under_it() -> None:
    drafts = split(
        LEAD
        + "More on this\n"
        + "Coastal Ledger · 2 hours ago\nFerry operator adds a late sailing on weekend nights\n"
        + "The extra crossing runs on Fridays and Saturdays until March.\n"
        + "Bay Radio · 5 hours ago\nFish market moves to the old customs shed\n"
        + "Harbour rowing club wins the winter regatta\nQuay Weekly\n6 hours ago\n"
        + "Book a harbour cruise for two this winter\nPassWise\n"
        + "Tide warning issued for the lower harbour tonight\n"
        + "The harbour master asked boat owners to check their moorings.\nYesterday, 18:40\n"
    )
    # (the card before prints its source under its title: "PassWise" is the loose line's
    # over it, an advertiser under its pitch, no publisher of the card under it)
    assert [(d.title, d.source) for d in drafts[3:]] == [
        ("Harbour rowing club wins the winter regatta", "Quay Weekly"),
        ("Tide warning issued for the lower harbour tonight", None),
    ]


def test_a_name_under_a_loose_title_over_a_card_that_prints_its_own_name_under_its_title() -> None:
    drafts = split(
        LEAD
        + "More on this\nWeather\nHarbour\n2 hours ago\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "The extra crossing runs on Fridays and Saturdays until March.\n"
        + "Fish market moves to the old customs shed\n5 hours ago\n"
        + "Need a new boiler? Get three quotes in a minute\nPASSWISE\n"
        + "Tide warning issued for the lower harbour tonight\nquay-weekly\nYesterday, 18:40\n"
        + "The harbour master asked boat owners to check their moorings.\n"
    )
    # (the card prints a name under its title: the capitals over it, under a loose
    # pitch line, are no source of it; null beats wrong)
    assert [(d.title, d.source) for d in drafts[-1:]] == [
        ("Tide warning issued for the lower harbour tonight", None)
    ]


def test_a_title_shaped_summary_under_a_listed_card_stays_its_text() -> None:
    # only a headline over a byline is the list's next entry; a summary printed like a
    # headline (no full stop) over a name that is no byline is still the card's text
    drafts = split(
        LEAD
        + "\nMore from the harbour\n"
        + "Ferry operator adds a late sailing on weekend nights\n2 hours ago\n"
        + "Fish market moves to the old customs shed\n5 hours ago\n"
        + "Traders get two years' free rent while the quay is rebuilt\n"
        + "Harbour master Ines Doyle\n"
        + "The council agreed the plan on Tuesday after a long debate.\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Ferry operator adds a late sailing on weekend nights",
        "Fish market moves to the old customs shed",
    ]
    assert "Traders get two years' free rent" in drafts[2].body


@pytest.mark.parametrize(
    ("cards", "clock"),
    [
        # stamp / title cards: "06:50" two lines under "09:35"
        (
            "Just in\n09:35\nLighthouse keeper's cottage to open as a museum\n"
            "06:50\nNight buses return to the harbour loop\n",
            "06:50",
        ),
        # title / stamp cards: "08:05" two lines under "11:20", over "Yesterday, 21:40"
        (
            "Just in\nLighthouse keeper's cottage to open as a museum\n11:20\n"
            "Night buses return to the harbour loop\n08:05\n"
            "Rowing club wins the estuary cup for a third year\nYesterday, 21:40\n",
            "08:05",
        ),
    ],
)
def test_a_clock_before_ten_in_a_list_of_clocks_is_a_cards_clock_not_a_clips_length(
    cards: str, clock: str
) -> None:
    drafts = split(LEAD + cards + "Privacy\nCookies\n")
    stamps = {d.title: d.time_text for d in drafts[1:]}
    assert stamps["Night buses return to the harbour loop"] == clock


SECTION_OVER_LEAD_STAMP = """\
Coastline Herald
Subscribe
Harbour
Mar 14, 2026 - 08:40
Fishing fleet wins a two-year delay on new net rules
Skippers had warned that the mesh change would cost the smaller boats a third of their catch.
Portwick (Coastline Herald) - The fisheries board on Friday gave the inshore fleet two more \
years before a wider net mesh becomes compulsory, after skippers said the change would sink \
the smaller boats.
The board's chair, Wenna Trask, said the delay would be used to trial the new nets on six \
vessels and to pay for half of each replacement.
Environmental groups said the decision put off protection for young cod for no good reason.
Also on the coast
Harbour master retires after thirty years at the quay
Mar 10, 2026 - 09:20
Dredging of the inner basin to start in April
Mar 02, 2026 - 16:05
Reader Favourites
Lifeboat crew rescue two walkers cut off by the tide
Market hall roof repairs finished ahead of schedule
"""


def test_a_section_label_over_the_leads_stamp_makes_no_list_print_its_sources_first() -> None:
    # "Harbour" / stamp / headline is the lead's header, the only card printed source first:
    # the heading under the last title / stamp card ("Reader Favourites") heads no card
    titles = [d.title for d in split(SECTION_OVER_LEAD_STAMP)]
    assert titles == [
        "Fishing fleet wins a two-year delay on new net rules",
        "Harbour master retires after thirty years at the quay",
        "Dredging of the inner basin to start in April",
    ]


def test_a_short_ads_title_in_a_title_first_list_takes_no_real_card_with_it() -> None:
    # title / source / stamp cards: under "Sponsored", a short title-case line is the ad's
    # whole title, and the headline under it is the next real card's
    drafts = split(
        LEAD
        + "\nMore for you\n"
        + "Ferry operator adds a late sailing on weekend nights\nBay Radio\n2h\n"
        + "Sponsored\nCheap Boiler Cover\n"
        + "Old rope works becomes a climbing centre by the canal\nCoast Ledger\n6h\n"
        + "Lighthouse keepers' cottages to reopen as holiday lets\nQuay Post\n1d\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "Bay Radio"),
        ("Old rope works becomes a climbing centre by the canal", "Coast Ledger"),
        ("Lighthouse keepers' cottages to reopen as holiday lets", "Quay Post"),
    ]


def test_a_headline_and_byline_over_paragraphs_under_a_listed_card_keep_their_text() -> None:
    # title / stamp cards, then a headline / byline / paragraphs with no stamp: an
    # article's header over its text, not the list's next entry
    text = (
        "The tram company voted on Friday to extend the line to the new hospital, ending "
        "a review begun in 2024.",
        "Work will start in the autumn and take two years, the company said in a statement.",
        '"You will ride to the hospital door by 2028," the company\'s chair told reporters.',
    )
    drafts = split(
        "Harbour Times\nLatest\n"
        "Ferry operator adds a late sailing on weekend nights\n2 hours ago\n"
        "Fish market moves to the old customs shed\n5 hours ago\n"
        "Tram line to reach the new hospital after two-year review\nBy Ansel Dunmore\n"
        + "\n".join(text)
        + "\n"
    )
    assert all(any(line in d.body for d in drafts) for line in text)


def test_a_card_without_a_stamp_under_the_last_stamped_card_is_not_folded_into_it() -> None:
    # title / "Source · stamp", then title / summary: read card by card, the last title is a
    # card of its own (no stamp), not the text of the card above it
    drafts = split(
        LEAD
        + "\nMore on this\n"
        + "Ferry fares to rise by four percent in the spring\nBay Radio · 5 hours ago\n"
        + "Trawler crews ask for a longer season to make up for the storms\n"
        + "The crews say the weather cost them three weeks at sea this autumn.\n"
    )
    assert [(d.role, d.title, d.body, d.time_text) for d in drafts[1:]] == [
        ("related", "Ferry fares to rise by four percent in the spring", "", "5 hours ago"),
        (
            "related",
            "Trawler crews ask for a longer season to make up for the storms",
            "The crews say the weather cost them three weeks at sea this autumn.",
            None,
        ),
    ]
    assert drafts[0].role == "lead"


def test_the_first_card_of_a_list_under_the_text_is_read_with_its_author_and_stamp() -> None:
    # a lead with no stamp of its own, its text, then a list: title / a resident's name / stamp
    # over "source · stamp" / title / summary cards: the first card is one (not lines over the
    # list, nor the lead's stamp)
    drafts = split(
        "Valley Gazette\n"
        "Council approves a bus route to the hospital after a six-year campaign\n"
        "The council voted on Thursday to run a bus from the station to the hospital every "
        "twenty minutes from June.\n"
        "Fares will match the town routes, and the buses will stop at the two care homes on "
        "the way, the transport office said.\n"
        "Campaigners, who had gathered four thousand signatures, called the vote a relief.\n"
        "\nFrom the neighbourhood\n"
        "Found outside the library: a set of keys with a red fob and a bicycle lock key\n"
        "Tomas K., Resident\n40m\n"
        "Valley Events · Mar 12, 2026\nThe choir adds a second winter concert at the town hall\n"
        "Tickets go on sale at the library desk on Monday morning.\n"
        "Valley Events · Mar 10, 2026\n"
        "Allotment waiting list reopens for the first time in three years\n"
    )
    assert drafts[0].role == "lead"
    assert drafts[0].time_text is None
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Found outside the library: a set of keys with a red fob and a bicycle lock key", "40m"),
        ("The choir adds a second winter concert at the town hall", "Mar 12, 2026"),
        ("Allotment waiting list reopens for the first time in three years", "Mar 10, 2026"),
    ]


def test_a_headline_of_two_sentences_between_cards_is_a_card_not_the_text_above() -> None:
    # title / source / stamp cards; one headline reads as prose (two sentences) under a chip:
    # the stamp under it closes its card, it is no summary of the card above
    drafts = split(
        LEAD
        + "\nMore on this\n"
        + "Ferry fares to rise by four percent in the spring\nBay Radio\n5 hours ago\n"
        + "Opinion\nThe ferry is a lifeline for the islands. Treat it like one.\n"
        + "Coastal Ledger\nYesterday\n"
        + "Lighthouse on the north pier gets a new lamp after forty years\n"
        + "Harbour Echo\n2 days ago\n"
    )
    assert [(d.title, d.body, d.source, d.time_text) for d in drafts[1:]] == [
        ("Ferry fares to rise by four percent in the spring", "", "Bay Radio", "5 hours ago"),
        (
            "The ferry is a lifeline for the islands. Treat it like one.",
            "",
            "Coastal Ledger",
            "Yesterday",
        ),
        (
            "Lighthouse on the north pier gets a new lamp after forty years",
            "",
            "Harbour Echo",
            "2 days ago",
        ),
    ]


def test_a_video_card_without_a_stamp_in_a_list_of_stamps_over_titles_takes_no_stamp() -> None:
    # "source · stamp" / title / [summary] cards; a video's title over its clip's length and
    # no stamp: the next card's stamp heads the next title, the video is no article
    drafts = split(
        "Alpine Wire\nTopics\nSnow\n\nLatest on the winter season\n"
        "Summit Post · 2h ago\nTwo ski lifts stay shut after a night of heavy snowfall\n"
        "Avalanche teams will check the upper slopes before the lifts reopen on Monday.\n"
        "Valley Radio · 50m ago\nMountain rescue asks hikers to keep off the ridge trail\n"
        "Time-lapse shows a metre of snow burying the village square\n▶ 0:58\n"
        "Glacier News · 3d ago\nHut wardens count record bookings for the Easter weeks\n"
        "Elsewhere\nTunnel toll rises in April\nNew bakery opens on the pass\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Two ski lifts stay shut after a night of heavy snowfall", "Summit Post", "2h ago"),
        ("Mountain rescue asks hikers to keep off the ridge trail", "Valley Radio", "50m ago"),
        ("Hut wardens count record bookings for the Easter weeks", "Glacier News", "3d ago"),
    ]


def test_a_card_with_its_author_and_publisher_under_its_title_is_not_lost() -> None:
    # title / author / publisher / stamp, then title / "Staff" / stamp
    drafts = split(
        LEAD
        + "\nMore on this\n"
        + "Ferry fares to rise by four percent in the spring\nOskar Lind\nCoastal Ledger\n"
        + "3 hours ago\n"
        + "Lighthouse on the north pier gets a new lamp after forty years\nStaff\nMarch 12, 2026\n"
        + "Harbour dues frozen for a second year as trade falls\nNorthern Courier\n2 hours ago\n"
    )
    assert [(d.title, d.time_text) for d in drafts[1:]] == [
        ("Ferry fares to rise by four percent in the spring", "3 hours ago"),
        ("Lighthouse on the north pier gets a new lamp after forty years", "March 12, 2026"),
        ("Harbour dues frozen for a second year as trade falls", "2 hours ago"),
    ]
    # an author over an unknown name is no source: null rather than the author's name
    assert "Oskar Lind" not in [d.source for d in drafts[1:]]


def test_a_dutch_ad_label_takes_its_card_out_of_a_list_of_source_stamps_over_titles() -> None:
    # "Gesponsord" / ad title / advertiser, then the next card's "Source • stamp" over its title:
    # read as a label, the ad is no title-first card taking that stamp from the card under it
    drafts = split(
        "Dorpsbode\nOnderwerp\nDijkversterking\n"
        + "Rivierkrant • 3 uur geleden\n"
        + "Waterschap begint in maart aan versterking van de Lekdijk bij Vianen\n"
        + "De werkzaamheden duren twee jaar en de dijk blijft voor fietsers open.\n"
        + "Polderpost • 5 uur geleden\n"
        + "Bewoners van de uiterwaarden krijgen een eigen inspraakavond\n"
        + "Gesponsord\n"
        + "Vergelijk in twee minuten alle opstalverzekeringen\n"
        + "VerzekerSlim\n"
        + "Het Streekblad • 1 dag geleden\n"
        + "Wat betekent de nieuwe dijk voor de veerpont? Vijf vragen over de planning\n"
        + "De pont naar Schoonhoven vaart tijdens de werkzaamheden vanaf een tijdelijke steiger.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Waterschap begint in maart aan versterking van de Lekdijk bij Vianen", "3 uur geleden"),
        ("Bewoners van de uiterwaarden krijgen een eigen inspraakavond", "5 uur geleden"),
        (
            "Wat betekent de nieuwe dijk voor de veerpont? Vijf vragen over de planning",
            "1 dag geleden",
        ),
    ]


_OVER, _UNDER = _STAMP_OVER_TITLE, _STAMP_UNDER_TITLE


@pytest.mark.parametrize(
    ("tokens", "shapes"),
    [
        pytest.param("TSTS", [_UNDER, _UNDER], id="stamps_under_titles"),
        pytest.param("STSTP", [_OVER, _OVER], id="stamps_over_titles"),
        # a short heading and its description over the list are no card
        pytest.param("HPTPSTPS", [_UNDER, _UNDER], id="a_heading_over_a_list_is_no_card"),
        # a list that turns its cards over once: source and stamp over the first title only
        pytest.param(
            "STTNSTNSNTP", [_OVER, _UNDER, _UNDER, _NO_STAMP], id="a_list_that_mixes_shapes"
        ),
        # title / summary / its stamp: no card without a stamp over another card's stamp
        pytest.param("NTSTPST", [_UNDER, _UNDER], id="a_stamp_right_under_a_summary_is_its_cards"),
    ],
)
def test_a_block_of_cards_is_read_card_by_card(tokens: str, shapes: list[int]) -> None:
    _, segments = _segment_block(tokens, stamp_first=False)
    assert [segment.shape for segment in segments] == shapes


def test_a_long_block_of_mixed_cards_is_read_in_one_pass() -> None:
    card = (
        "Coastal Ledger · 2 hours ago\nHarbour pilots vote to strike over rota number {n}\n"
        "Ferry fares to rise by four percent in the spring {n}\nBay Radio\n1 day ago\n"
        "Trawler crews ask for a longer season after the storms {n}\n"
        "The crews say the weather cost them three weeks at sea.\n"
    )
    started = time.process_time()
    drafts = split("".join(card.format(n=n) for n in range(3_000)))
    assert time.process_time() - started < 10  # (linear: about a second)
    assert drafts


def test_the_leads_last_section_over_a_list_of_cards_stays_the_leads() -> None:
    # a subheading and a short paragraph of the text stand in the list's block over its first
    # card: no stampless card (a tie between the readings leaves them to the text)
    section = (
        "What the dredging means for the ferries",
        "Ferry crews expect fewer cancellations at low tide once the work is done.",
    )
    page = "\n".join(
        (
            "Harbour Times",
            "Port authority approves dredging of the eastern channel after two-year review",
            "By Moira Quinn",
            "March 14, 2026",
            "The port authority voted on Friday to dredge the eastern channel, ending a review "
            "begun in 2024 after complaints from shipping firms.",
            "Dredging will start in the autumn and is expected to take eighteen months, the "
            "authority said in a statement on Friday.",
            "Shipping firms welcomed the decision but said the work should have started years "
            "ago, when the first complaints were made.",
            "",
            *section,
            "Lost dog near the marina, a brown spaniel that answers to Biscuit",
            "Maria T., Neighbour",
            "2h",
            "Local News",
            "Harbour fair moves to Sunday because of the gale warning",
            "The stalls and the brass band will now be on the quay at noon.",
            "Nov 27, 2026",
            "Local News",
            "Rowing club wins the county final for the third year running",
            "Nov 25, 2026",
        )
    )
    drafts = split(page)
    assert section[1] in drafts[0].body
    assert section[0] not in [draft.title for draft in drafts]


def test_a_bare_list_under_the_last_cards_heading_gives_no_card_without_a_stamp() -> None:
    # title / date cards, then another list's heading over two bare links, the second a
    # question: no stampless card with a "summary" (the heading ends the cards' list)
    drafts = split(
        LEAD
        + "More on this story\n"
        + "Ferry operator adds a late sailing on weekend nights\n12/03/2026\n"
        + "Fish market moves to the old customs shed by the lock\n13/03/2026\n"
        + "Most viewed\nLighthouse keepers' cottages to reopen as holiday lets\n"
        + "Why are harbour dues the highest on the coast?\nAbout us\nContact\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Ferry operator adds a late sailing on weekend nights",
        "Fish market moves to the old customs shed by the lock",
    ]


@pytest.mark.parametrize("staff", ["Staff", "Staff Reporter", "Staff Writer", "Our Bureau"])
def test_a_staff_credit_between_a_cards_title_and_stamp_is_no_source(staff: str) -> None:
    # title / author / publisher / stamp cards; one card credits the newsroom instead
    drafts = split(
        LEAD
        + "More from Business\n"
        + "Ferry operator adds a late sailing on weekend nights\nNell Varga\nThe Coast Ledger\n"
        + "3 hours ago\nFish market moves to the old customs shed by the lock\n"
        + f"{staff}\nMarch 12, 2026\n"
        + "Lighthouse keepers' cottages to reopen as holiday lets\nQuay Post\n1 day ago\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Ferry operator adds a late sailing on weekend nights", "The Coast Ledger"),
        ("Fish market moves to the old customs shed by the lock", None),
        ("Lighthouse keepers' cottages to reopen as holiday lets", "Quay Post"),
    ]


@pytest.mark.parametrize(
    ("ranks", "titles"),
    [
        pytest.param(
            ("1. ", "2. ", "3. "),
            (
                "Ferry operator adds a late sailing on weekend nights",
                "Fish market moves to the old customs shed by the lock",
                "Lighthouse keepers' cottages to reopen as holiday lets",
            ),
            id="a_ranked_lists_numbers_are_no_part_of_its_titles",
        ),
        pytest.param(
            ("1) ", "2) ", "3) "),
            (
                "Ferry operator adds a late sailing on weekend nights",
                "Fish market moves to the old customs shed by the lock",
                "Lighthouse keepers' cottages to reopen as holiday lets",
            ),
            id="brackets_count_too",
        ),
        pytest.param(
            ("", "", ""),
            (
                "1. FC Quayside signs a striker from the Harbour Rovers",
                "2. Bundesliga: Quay Rovers lose at Marlow",
                "Handball: Harbour side through to the cup semi-finals",
            ),
            id="two_league_names_in_a_row_keep_their_numbers",
        ),
        pytest.param(
            ("", "", ""),
            (
                "3 things to know about the new harbour dues",
                "10,000 march along the quay against the toll bridge",
                "2027 budget leaves the ferry subsidy untouched",
            ),
            id="a_headline_that_opens_with_a_figure_keeps_it",
        ),
        pytest.param(
            ("", "", ""),
            (
                "1. Division side signs a striker from the Quay Rovers",
                "Fish market moves to the old customs shed by the lock",
                "3. Liga club fined over flares at the harbour derby",
            ),
            id="numbers_that_do_not_count_up_down_the_list_stay",
        ),
    ],
)
def test_a_ranked_lists_numbers_are_cut_from_its_one_line_cards(
    ranks: tuple[str, str, str], titles: tuple[str, str, str]
) -> None:
    # one-line "Title · Source · stamp" cards of a "Most read" list, numbered 1, 2, 3 …
    sources = ("Coast Ledger", "Quay Post", "Bay Radio")
    stamps = ("2 hours ago", "5 hours ago", "yesterday")
    cards = "".join(
        f"{rank}{title} · {source} · {stamp}\n"
        for rank, title, source, stamp in zip(ranks, titles, sources, stamps, strict=True)
    )
    drafts = split(LEAD + "Most read\n" + cards + "About us\n")
    assert [d.title for d in drafts[1:]] == list(titles)


def _chipped_list(last_source: str) -> str:
    # a topic page without a lead: chip / title / (summary) / publisher / stamp cards, the
    # publishers names no vocabulary knows but the last card's
    return (
        "Harbour Feed\nTop\nLocal\nWeather\nHarbour Works\nHarbour Works\n"
        + "The latest on the pier repairs\nFollow topic\n"
        + "Weather\nStorm surge floods the promenade at high tide as pier repairs stall\n"
        + "Engineers said the temporary barrier failed an hour before the peak of the tide.\n"
        + "Kestrel Loop\n2h\n"
        + "Politics\nCouncil votes to raise mooring fees for visiting yachts\n"
        + "Larkspur Almanack\n5h\n"
        + "Ferry crews vote to strike over the new winter rotas\nMarlow Bay Current\n8h\n"
        + "Opinion\nThe harbour deserves a plan, not another study\n"
        + "Repairs have waited ten years. Another consultant's report will not fix a pier.\n"
        + f"{last_source}\n1d\n"
        + "More topics\nTides\nPiers\nAbout us\nPrivacy\n"
    )


def test_a_lists_publisher_over_each_stamp_is_each_cards_source() -> None:
    # one card's publisher over its stamp is read ("Harbour Post"): the names in the same
    # slot of the other cards are theirs, whatever chip stands over their titles
    drafts = split(_chipped_list("Harbour Post"))
    assert [d.source for d in drafts] == [
        "Kestrel Loop",
        "Larkspur Almanack",
        "Marlow Bay Current",
        "Harbour Post",
    ]


def test_names_over_stamps_stay_null_when_no_card_of_the_list_reads_its_source() -> None:
    # no name of the list is read as a publisher on its own: null beats a guess
    drafts = split(_chipped_list("Bay Radio Kestrel"))
    assert [d.source for d in drafts] == [None, None, None, None]


def test_a_publisher_over_a_stamp_closes_a_card_where_cards_print_source_dot_stamp() -> None:
    # "Source · 3h" under the titles; the last card, under an ad, prints its publisher on a
    # line of its own over its stamp (title / summary / publisher / stamp)
    drafts = split(
        "Harbour Feed\nHome\nFor you\nPier repairs\nFollow topic\nTop stories\n"
        + "Council approves the second phase of the pier repairs after a long delay\n"
        + "The work is due to start in spring and will close the east walkway for six months.\n"
        + "Harbour Post · 2 hours ago\n"
        + "Ferry operator adds a late sailing on weekend nights\nQuay Gazette · 4 hours ago\n"
        + "Storm surge floods the promenade at high tide as repairs stall\n"
        + "Coastal Ledger · 6 hours ago\n"
        + "Sponsored\nFind out how to insure your boat for less this winter\n"
        + "Anchor Cover · Sponsored\n"
        + "Five things the pier repairs will change for anglers this summer\n"
        + "The fishing platform on the west side will be closed until the end of July.\n"
        + "Tidewatch\nyesterday\nMost read\nAbout\nPrivacy\n"
    )
    assert [(d.title, d.source) for d in drafts][-1] == (
        "Five things the pier repairs will change for anglers this summer",
        "Tidewatch",
    )
    assert len(drafts) == 4


def test_a_one_line_card_whose_source_opens_in_lower_case_is_no_sentences_rest() -> None:
    # source · stamp · title cards; a brand opening in lower case ("eQuay") is no
    # continuation of the title that ends the line above
    drafts = split(
        LEAD
        + "Latest\n"
        + "Harbour Post · 47 minutes ago · Ferry operator adds a late sailing on weekend nights\n"
        + "eQuay · 2 hours ago · Fish market moves to the old customs shed by the lock\n"
        + "Tidewatch — 6 hours ago — Lighthouse keepers' cottages to reopen as holiday lets\n"
    )
    assert [(d.source, d.title) for d in drafts[1:]] == [
        ("Harbour Post", "Ferry operator adds a late sailing on weekend nights"),
        ("eQuay", "Fish market moves to the old customs shed by the lock"),
        ("Tidewatch", "Lighthouse keepers' cottages to reopen as holiday lets"),
    ]


def test_an_ads_lines_end_over_the_next_cards_title_and_summary() -> None:
    # title / summary / "Source | 3h" cards; an ad (label, title, advertiser) over the last
    # card, whose title is a question: the ad ends at the advertiser
    drafts = split(
        "Harbour Feed\nHome\nPier repairs\nTop coverage\n"
        + "Council approves the second phase of the pier repairs after a long delay\n"
        + "The work is due to start in spring and will close the east walkway for six months.\n"
        + "Harbour Post | 3h\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "The new sailing leaves the north quay at eleven and returns after midnight.\n"
        + "Quay Gazette | 5h\n"
        + "Promoted\nThe boat insurance guide every skipper needs\nAnchor Cover\n"
        + "Who will pay for the next storm wall on the east side?\n"
        + "A look at the small harbour board that now decides where the money goes.\n"
        + "Coastal Ledger | 1d\nMost read\nAbout\nPrivacy\n"
    )
    assert [(d.source, d.title) for d in drafts][-1] == (
        "Coastal Ledger",
        "Who will pay for the next storm wall on the east side?",
    )
    assert len(drafts) == 3


def test_a_video_cards_source_and_stamp_under_its_length_are_no_players_title() -> None:
    # "Source · stamp" / title cards; a video card prints "Video" and its length over its
    # "Source · stamp" line: that line is the card's meta, not the player's title
    drafts = split(
        "Harbour Feed\nTop stories\n"
        + "Harbour Post · 2 hours ago\n"
        + "Council approves the second phase of the pier repairs after a long delay\n"
        + "Quay Gazette · 45 min ago\nFerry operator adds a late sailing on weekend nights\n"
        + "Video\n1:42\nBay Radio · 3 hours ago\n"
        + "Storm surge floods the promenade at high tide as repairs stall\n"
        + "Coastal Ledger · yesterday\nFish market moves to the old customs shed by the lock\n"
        + "Popular topics\nTides\nPiers\n"
    )
    assert [(d.source, d.title) for d in drafts][2] == (
        "Bay Radio",
        "Storm surge floods the promenade at high tide as repairs stall",
    )
    assert len(drafts) == 4


def test_a_video_cards_length_between_its_title_and_stamp_keeps_the_card() -> None:
    # chip / title / (summary) / stamp results; the last is a video's: "VIDEO" / title /
    # its length / its stamp (the title is no player widget's, the length no stamp's)
    drafts = split(
        "Harbour Times\nSearch results for pier\nAbout 40 results\n"
        + "TRANSPORT\nCouncil approves the second phase of the pier repairs after a long delay\n"
        + "The work is due to start in spring and will close the east walkway for six months.\n"
        + "13/03/2026 10:20\n"
        + "WEATHER\nStorm surge floods the promenade at high tide as repairs stall\nyesterday\n"
        + "VIDEO\nCrews lift the fallen crane from the end of the north pier\n02:17\n"
        + "11/03/2026 19:30\n1\n2\nNext\nContact us\n"
    )
    assert [(d.title, d.time_text) for d in drafts][-1] == (
        "Crews lift the fallen crane from the end of the north pier",
        "11/03/2026 19:30",
    )
    assert len(drafts) == 3


def test_one_line_cards_with_the_source_first_and_the_stamp_last() -> None:
    # "Source - Title - stamp" between two cards of three lines, and "Source | Title | stamp"
    # right under an ad: each its own card, not the summary of the card above nor the ad's
    drafts = split(
        LEAD
        + "More from the coast\nQuay Gazette\nyesterday at 21:10\n"
        + "Ferry operator adds a late sailing on weekend nights\n"
        + "Bay Radio - Lock keepers vote to strike over the winter rota - 7 hours ago\n"
        + "Fish market moves to the old customs shed for the winter\n"
        + "Coastal Ledger\n5 hours ago\n"
        + "Sponsored\nAnchor Cover\nInsure your boat for less this winter\n"
        + "Tidewatch | Lighthouse keepers' cottages sold to a local trust | 6 hours ago\n"
        + "About us\nPrivacy\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        (
            "Ferry operator adds a late sailing on weekend nights",
            "Quay Gazette",
            "yesterday at 21:10",
        ),
        ("Lock keepers vote to strike over the winter rota", "Bay Radio", "7 hours ago"),
        (
            "Fish market moves to the old customs shed for the winter",
            "Coastal Ledger",
            "5 hours ago",
        ),
        ("Lighthouse keepers' cottages sold to a local trust", "Tidewatch", "6 hours ago"),
    ]


def test_a_title_first_one_line_card_stays_title_first_when_its_title_looks_like_a_name() -> None:
    # must stay: "Title | Source | stamp" with a Title Case headline and a long publisher's
    # name is read title first, as before the source-first, stamp-last reading
    drafts = split(
        LEAD
        + "Most read\n"
        + "Harbour Pilots Vote To Strike Over Pay | The Harbour Post and Courier | 2h\n"
        + "Coastal Path Reopens After Winter Storm Damage | Bay Radio | 5h\n"
        + "About us\n"
    )
    assert [(d.title, d.source) for d in drafts[1:]] == [
        ("Harbour Pilots Vote To Strike Over Pay", "The Harbour Post and Courier"),
        ("Coastal Path Reopens After Winter Storm Damage", "Bay Radio"),
    ]


@pytest.mark.parametrize(
    ("cards", "titles"),
    [
        pytest.param(
            "Most read\n"
            "1. Ferry operator adds a late sailing on weekend nights · 2 hrs ago\n"
            "2. Fish market moves to the old customs shed by the lock · 4 hrs ago\n",
            (
                "Ferry operator adds a late sailing on weekend nights",
                "Fish market moves to the old customs shed by the lock",
            ),
            id="two_ranked_cards_that_are_their_whole_list_lose_their_numbers",
        ),
        pytest.param(
            "Sport\n"
            "Handball: Harbour side through to the cup semi-finals · Quay Post · 1 hr ago\n"
            "1. FC Quayside signs a striker from the Harbour Rovers · Quay Post · 2 hrs ago\n"
            "2. Bundesliga: Quay Rovers lose at Marlow · Bay Radio · 3 hrs ago\n",
            (
                "Handball: Harbour side through to the cup semi-finals",
                "1. FC Quayside signs a striker from the Harbour Rovers",
                "2. Bundesliga: Quay Rovers lose at Marlow",
            ),
            id="must_stay_two_numbered_titles_under_another_card_of_their_list",
        ),
    ],
)
def test_two_ranked_cards_are_a_ranked_list_only_as_a_whole_list(
    cards: str, titles: tuple[str, ...]
) -> None:
    drafts = split(
        LEAD
        + "More from the coast\n"
        + "Quay Gazette\n3 hours ago\nLock keepers vote to strike over the winter rota\n"
        + "Sponsored\nInsure your boat for less this winter\n"
        + cards
        + "About us\nPrivacy\n"
    )
    assert tuple(d.title for d in drafts[2:]) == titles


@pytest.mark.parametrize(
    ("cards", "titles"),
    [
        pytest.param(
            "Harbour festival moves to the old customs quay this summer\n"
            "Organisers named the site.\n4 hours ago\n"
            "Ferry fares rise for the first time in six years\n2 days ago\n",
            (
                "Harbour festival moves to the old customs quay this summer",
                "Ferry fares rise for the first time in six years",
            ),
            id="title_summary_stamp",
        ),
        pytest.param(
            "Harbour festival moves to the old customs quay this summer\n"
            "Organisers expect twice as many visitors as last year on the new site\n"
            "Moira Quinn\nMarch 12, 2026\n"
            "Ferry fares rise for the first time in six years\nTessa Vale\nMarch 10, 2026\n",
            (
                "Harbour festival moves to the old customs quay this summer",
                "Ferry fares rise for the first time in six years",
            ),
            id="title_summary_author_stamp",
        ),
        pytest.param(
            "Ferry timetable changes for the winter season\nHow do storms form?\nMarch 12, 2026\n",
            ("How do storms form?",),
            id="must_stay_a_bare_link_over_a_cards_title_and_stamp_is_a_link",
        ),
    ],
)
def test_the_first_card_under_a_read_more_heading_is_no_bare_link(
    cards: str, titles: tuple[str, ...]
) -> None:
    # the card's stamp under its summary (or under its author under the summary): the
    # headline right under the heading is the list's first card, not a link taken with it
    drafts = split(LEAD + "Read more\n" + cards + "About us\nPrivacy\n")
    assert tuple(d.title for d in drafts[1:]) == titles


NEWSTICKER_CARDS = (
    "Zeitung\nPolitik\nWirtschaft\nNewsticker\n"
    "Aktuelle Meldungen der Nachrichtenagenturen. Diese Meldungen werden nicht bearbeitet.\n"
    "Samstag, 14. März 2026\n"
    "10:24 Uhr\nEnergie\nKabinett beschließt Zuschuss zu Netzentgelten\n"
    "Die Bundesregierung will Stromkunden im kommenden Jahr mit einem Zuschuss entlasten.\n"
    "Quelle: dpa\n"
    "10:12 Uhr\nBörse Frankfurt\nDax startet mit leichten Gewinnen – Autowerte gefragt\n"
    "Quelle: dpa-AFX\n"
    "09:58 Uhr\nFußball\nLeverkusen ohne Stammtorhüter gegen Inter Mailand\n"
    "Bayer Leverkusen muss im Champions-League-Spiel auf seinen Torhüter verzichten.\n"
    "Quelle: SID\n"
    "09:30 Uhr\nStatistik\nZahl der Baugenehmigungen steigt erstmals seit drei Jahren\n"
    "Im Juli wurde der Bau von 21.400 Wohnungen genehmigt, teilte das Bundesamt mit.\n"
    "Quelle: dpa\n"
    "Weitere Meldungen laden\n"
)


def test_clock_chip_title_cards_are_read_stamp_first_with_no_lead() -> None:
    # a newsticker: "10:24 Uhr" / topic chip / title / [summary] / "Quelle: dpa"; read title
    # first, each stamp went to the card under it, the first card became a lead and the last
    # was lost
    drafts = split(NEWSTICKER_CARDS)
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        (
            "related",
            "Kabinett beschließt Zuschuss zu Netzentgelten",
            "Samstag, 14. März 2026 10:24 Uhr",
        ),
        ("related", "Dax startet mit leichten Gewinnen – Autowerte gefragt", "10:12 Uhr"),
        ("related", "Leverkusen ohne Stammtorhüter gegen Inter Mailand", "09:58 Uhr"),
        ("related", "Zahl der Baugenehmigungen steigt erstmals seit drei Jahren", "09:30 Uhr"),
    ]
    assert drafts[2].body.startswith("Bayer Leverkusen muss")
    assert "Energie" not in drafts[0].body


def test_title_first_cards_with_chips_keep_the_stamp_under_their_summary() -> None:
    # must-stay: chip / title / summary / clock, the last card closed by its clock: each clock
    # closes the card above it, the chip under it is the next card's
    drafts = split(
        "Meldungen\n"
        "Energie\nKabinett beschließt Zuschuss zu Netzentgelten\n"
        "Die Bundesregierung will Stromkunden im kommenden Jahr mit einem Zuschuss entlasten.\n"
        "10:24 Uhr\n"
        "Fußball\nLeverkusen ohne Stammtorhüter gegen Inter Mailand\n"
        "Bayer Leverkusen muss im Champions-League-Spiel auf seinen Torhüter verzichten.\n"
        "09:58 Uhr\n"
        "Statistik\nZahl der Baugenehmigungen steigt erstmals seit drei Jahren\n"
        "Im Juli wurde der Bau von 21.400 Wohnungen genehmigt, teilte das Bundesamt mit.\n"
        "09:30 Uhr\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Kabinett beschließt Zuschuss zu Netzentgelten", "10:24 Uhr"),
        ("Leverkusen ohne Stammtorhüter gegen Inter Mailand", "09:58 Uhr"),
        ("Zahl der Baugenehmigungen steigt erstmals seit drei Jahren", "09:30 Uhr"),
    ]


def test_a_live_blog_whose_entries_carry_chips_stays_one_article() -> None:
    # must-stay: a live blog's entries printed "11:02 Uhr" / chip / headline / text
    drafts = split(
        "Liveticker\nSturm über Sachsen: Bäume entwurzelt, Bahnstrecken gesperrt\n"
        "Orkanböen haben in der Nacht in ganz Sachsen Schäden angerichtet. Wir berichten laufend.\n"
        "Aktualisiert: 14.03.2026, 11:02 Uhr\n"
        "11:02 Uhr\nVerkehr\nBahnstrecke Dresden–Leipzig wieder frei\n"
        "Die Deutsche Bahn hat die Strecke nach Aufräumarbeiten am Vormittag wieder freigegeben.\n"
        "10:15 Uhr\nPolizei\nMehr als 200 Einsätze in der Nacht\n"
        "Die Polizei meldet umgestürzte Bäume und abgedeckte Dächer, verletzt wurde niemand.\n"
        "09:40 Uhr\nSchulen\nUnterricht fällt in drei Landkreisen aus\n"
        "Das Kultusministerium hat den Schulen freigestellt, den Unterricht ausfallen zu lassen.\n"
    )
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Sturm über Sachsen: Bäume entwurzelt, Bahnstrecken gesperrt")
    ]
    for kept in ("10:15 Uhr", "Mehr als 200 Einsätze in der Nacht", "ausfallen zu lassen."):
        assert kept in drafts[0].body


# a fil info: day-date line / clock / chip / title [/ summary] cards, the list's last card
# a bare title five lines under the card before's date line, then the "most read" links
FIL_INFO = (
    "Fil info\nToute l’actualité en continu\nFiltrer\nTout\nFrance\nMonde\n"
    "Mercredi 3 juin 2026\n"
    "08h02\nÉconomie\nAssurance chômage : le gouvernement transmet son décret aux syndicats\n"
    "Le texte, envoyé mercredi matin aux partenaires sociaux, durcit les conditions "
    "d’indemnisation.\n"
    "07h48\nMonde\nInde : au moins 40 morts dans l’effondrement d’un pont au Bihar\n"
    "07h30\nSport\nRoland-Garros : Lucie Marchand s’offre la tête de série n° 4\n"
    "La Française de 21 ans s’est imposée en trois sets sur le court Suzanne-Lenglen, mardi soir.\n"
    "Mardi 2 juin 2026\n"
    "23h41\nMonde\nPrésidentielle en Colombie : le second tour opposera Restrepo à Cuervo\n"
    "Avec 97 % des bulletins dépouillés, la candidate de centre gauche arrive en tête.\n"
    "22h50\nSport\nCoupe du monde : les Bleus ont quitté Clairefontaine pour Boston\n"
)
FIL_FETCHED = datetime(2026, 6, 3, 8, 30, tzinfo=UTC)


def test_a_lists_last_card_under_a_dated_card_takes_no_most_read_links() -> None:
    # the gap is measured between the titles: the date line over the card before's clock
    # makes the cards' starts five lines apart, yet the last card is the list's, no article
    page = (
        FIL_INFO
        + "Afficher plus d’articles\nLes plus lus\n"
        + "Orages : que faire si votre voiture est endommagée par la grêle ?\n"
        + "Quels sont les prix des carburants en Bretagne cette semaine ?\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FIL_FETCHED)))
    last = drafts[-1]
    assert last.title == "Coupe du monde : les Bleus ont quitté Clairefontaine pour Boston"
    assert last.body == ""


def test_a_lists_last_card_with_its_text_under_a_byline_keeps_it() -> None:
    # must-stay: the same last card with a byline over paragraphs keeps them as its body
    page = FIL_INFO + (
        "Par Jeanne Morel\n"
        "Les joueurs de Didier Deschamps se sont envolés mardi soir pour les États-Unis, où ils "
        "prépareront leur entrée dans la compétition.\n"
        "Le sélectionneur a confirmé que le groupe resterait au complet jusqu’au premier match, "
        "prévu le 14 juin à Boston.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FIL_FETCHED)))
    assert drafts[-1].body.startswith("Les joueurs de Didier Deschamps se sont envolés")
    assert "prévu le 14 juin à Boston." in drafts[-1].body


def test_a_one_line_cards_publisher_may_end_in_an_initialism() -> None:
    drafts = split(
        "Aggregator\nBusiness\nTop Stories\n"
        "Bank holds rates as services inflation proves sticky · Financial Times · 14m\n"
        "Three members voted for an immediate cut to 3.25% · City A.M. · 52m\n"
        "Gilt yields climb as traders trim bets on a March cut · Bloomberg · 2h\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Bank holds rates as services inflation proves sticky", "Financial Times", "14m"),
        ("Three members voted for an immediate cut to 3.25%", "City A.M.", "52m"),
        ("Gilt yields climb as traders trim bets on a March cut", "Bloomberg", "2h"),
    ]


@pytest.mark.parametrize(
    ("part", "initialled"),
    [
        ("City A.M.", True),
        ("in southwestern N.S.", False),  # (must-stay: the end of a sentence, no name)
        ("A.M.", False),  # (an initialism alone: no name before it)
    ],
)
def test_an_initialled_publisher_is_a_name_before_an_initialism(
    part: str, initialled: bool
) -> None:
    assert _initialled_name(part) is initialled


CLIP_HUB = """\
Broadcaster
Video
Top videos
Sport
Entertainment
Flood evacuation orders lifted in Kempsey as the river falls
Southern Cross News
Posted 2h ago
Treasurer defends surplus forecast ahead of budget lock-up
Southern Cross News
Posted 5h ago
Thousands march in Jakarta against proposed military law changes
Reuters
Posted 7h ago
Full interview: Reserve Bank governor on why rates stayed on hold
Southern Cross News
Posted 9h ago
Advertisement
Prime minister announces snap inquiry into the ferry collapse
AFP
Posted 11h ago
Shows
Landline
Four Corners
Insiders
More shows
This service may include material from agencies which is copyright and cannot be reproduced.
The times shown are Australian Eastern Standard Time, ten hours ahead of Greenwich Mean Time.
"""


def test_a_channel_printed_in_each_clips_publisher_slot_is_its_source() -> None:
    drafts = split(CLIP_HUB)
    assert [(d.source, d.role) for d in drafts] == [
        ("Southern Cross News", "related"),
        ("Southern Cross News", "related"),
        ("Reuters", "related"),
        ("Southern Cross News", "related"),
        ("AFP", "related"),
    ]


def test_a_menu_under_a_listed_card_ends_it_over_the_footer() -> None:
    drafts = split(CLIP_HUB)
    assert drafts[-1].title == "Prime minister announces snap inquiry into the ferry collapse"
    assert drafts[-1].body == ""


def test_an_author_printed_in_each_cards_slot_stays_no_source() -> None:
    """Must-stay: a columnist's name under each of her cards' titles is her byline."""
    drafts = split(CLIP_HUB.replace("Southern Cross News", "Sarah Quinlan"))
    # (the first card's menu item over its title is another matter)
    assert [d.source for d in drafts[1:]] == [None, "Reuters", None, "AFP"]


def test_a_story_under_a_rail_of_cards_keeps_its_text_after_short_lines() -> None:
    """Must-stay: a story's header after a rail of cards, two short lines under its stamp,
    keeps its text."""
    drafts = split(
        "Harbour Times\nLatest\n"
        "Ferry operator adds a late sailing on weekend nights\n2 hours ago\n"
        "Fish market moves to the old customs shed\n3 hours ago\n"
        "Port authority approves dredging of the eastern channel after review\n4 hours ago\n"
        "Ports\nShipping\n"
        "The port authority voted on Friday to dredge the eastern channel, ending a review.\n"
        "Dredging will start in the autumn and is expected to take eighteen months, it said.\n"
        "The channel was last deepened in 1998, when container ships were half as large.\n"
    )
    assert any("last deepened in 1998" in d.body for d in drafts)


MARKETS = """\
MarketDesk
Markets
Top Stories
Stocks making the biggest moves midday: chipmakers, airlines and more
35 Min Ago
Disney shares jump 8% as streaming profit tops estimates and parks hold up
DIS
+8.04%
The company's business posted operating income of $412 million, above what analysts expected.
an hour ago
Oil heads for weekly loss as producers signal output hikes into next year
BRENT
-0.88%
WTI
-1.02%
Brent crude was on track for a 3% weekly decline after two delegates spoke on Thursday.
3 Hours Ago
Bitcoin slips below $88,000 as fund outflows hit a four-week high
4 Hours Ago
"""


def test_ticker_chips_between_a_cards_title_and_its_summary_are_no_part_of_it() -> None:
    drafts = split(MARKETS)
    assert [(d.title[:24], d.time_text, d.body[:16]) for d in drafts] == [
        ("Stocks making the bigges", "35 Min Ago", ""),
        ("Disney shares jump 8% as", "an hour ago", "The company's bu"),
        ("Oil heads for weekly los", "3 Hours Ago", "Brent crude was "),
        ("Bitcoin slips below $88,", "4 Hours Ago", ""),
    ]


def test_a_title_over_a_sentence_over_a_stamp_without_chips_is_read_as_before() -> None:
    """Must-stay: title / summary / stamp cards (no chip) keep title and summary."""
    drafts = split(MARKETS.replace("DIS\n+8.04%\n", "").replace("BRENT\n-0.88%\nWTI\n-1.02%\n", ""))
    assert [d.title[:24] for d in drafts] == [
        "Stocks making the bigges",
        "Disney shares jump 8% as",
        "Oil heads for weekly los",
        "Bitcoin slips below $88,",
    ]
    assert drafts[1].body.startswith("The company's")


SECTION_WITH_FLYTITLES = """\
The Weekly
Asia
Our coverage of Asia, from Kazakhstan to New Zealand
Politics in Indonesia
Prabowo tightens his grip on the army and the courts
Indonesia's president is building a system that will outlast him
Feb 12th 2026
Banyan
Why Asia's middle powers are hedging harder than ever
America's allies in the region are quietly buying insurance against both capitals
Feb 12th 2026
Pakistan and Afghanistan
The Taliban's former patrons are now their most dangerous enemies
Feb 10th 2026
Vietnam
To Lam's great leap in bureaucracy
Merging provinces and sacking 100,000 civil servants is the easy part
Feb 5th 2026
South Korea
A president, a prosecutor and a very long grudge
Feb 5th 2026
The Weekly explains
Why are Australia's house prices still rising?
Feb 3rd 2026
"""


def test_a_fly_title_over_each_headline_keeps_the_headline_over_its_rubric() -> None:
    drafts = split(SECTION_WITH_FLYTITLES)
    assert [(d.title, d.source) for d in drafts] == [
        ("Prabowo tightens his grip on the army and the courts", None),
        ("Why Asia's middle powers are hedging harder than ever", None),
        ("The Taliban's former patrons are now their most dangerous enemies", None),
        ("To Lam's great leap in bureaucracy", None),
        ("A president, a prosecutor and a very long grudge", None),
        ("Why are Australia's house prices still rising?", None),
    ]
    assert drafts[0].body == "Indonesia's president is building a system that will outlast him"


def test_a_lone_short_line_over_a_list_heading_still_yields_the_headline_under_it() -> None:
    """Must-stay: "Follow" / "32 stories in the last week" / headline / source · stamp:
    the short line over the first card is a button, the card's title the headline."""
    drafts = split(
        "Topic\nCook Strait ferries\nFollow\n32 stories in the last week\n"
        "Interislander confirms new ferries delayed to 2030\nStuff · 2 hrs ago\n"
        "Bluebridge adds sailings as the other operator cancels its trips\nRNZ · 5 hrs ago\n"
        "Freight operators warn of Christmas delays on the strait\nNZ Herald · 6 hrs ago\n"
    )
    assert drafts[0].title == "Interislander confirms new ferries delayed to 2030"


def test_a_publisher_over_a_title_among_fly_titles_stays_the_source() -> None:
    """Must-stay: an outlet's name in the fly-title slot is still a publisher."""
    drafts = split(SECTION_WITH_FLYTITLES.replace("Pakistan and Afghanistan", "Financial Times"))
    assert drafts[2].source == "Financial Times"


def test_competition_chips_repeated_in_the_slot_over_the_stamps_stay_no_sources() -> None:
    """Must-stay (auditor A's A6 probe d1): "Premier League" printed under several titles,
    over their stamps, with no agency in that slot, is a chip, no publisher."""
    drafts = split(
        "Sports Daily\nFootball\nCricket\nRugby\nLatest football news\n"
        "Arsenal sign Brazilian winger in £40m deal\nPremier League\n2 hours ago\n"
        "Leeds boss fears for job after fifth defeat in a row\nChampionship\n3 hours ago\n"
        "Chelsea captain ruled out for six weeks with hamstring injury\nPremier League\n"
        "4 hours ago\n"
        "Celtic extend lead at top with win over Hearts\nScottish Premiership\n5 hours ago\n"
        "Liverpool fans protest over ticket prices before derby\nPremier League\n6 hours ago\n"
        "© 2026 Sports Daily\n"
    )
    assert len(drafts) == 5
    assert not {"Premier League", "Scottish Premiership"} & {d.source for d in drafts}


def test_a_story_under_a_rail_and_a_four_line_breadcrumb_keeps_its_text() -> None:
    """Must-stay (auditor A's A5 probe d8): a breadcrumb of four short lines under the last
    card of a rail heads a story (headline, standfirst, byline, date, paragraphs), no
    footer: the story's text is not dropped."""
    drafts = split(
        "Valley Courier\nSubscribe\nTrending\n"
        "Two injured in crash on Route 9 near Millbrook\n1 hour ago\n"
        "High school robotics team heads to national finals\n3 hours ago\n"
        "Water main break closes Elm Street overnight\n5 hours ago\n"
        "Millbrook\nNews\nLocal News\nCrime\n"
        "County approves $4.2 million for new emergency dispatch center\n"
        "The new building will replace a center that officials say has outgrown its equipment.\n"
        "By Rachel Moreno\nMarch 10, 2026\n"
        "The county board voted 4-1 on Monday to spend $4.2 million on a new dispatch center.\n"
        "The new center will be built next to the sheriff's office and open in late 2027.\n"
        "Supervisor Dan Keller, who cast the only no vote, said the county should have shared.\n"
        "Sheriff Maria Alvarez said the current center handles twice as many calls as before.\n"
    )
    assert any("Sheriff Maria Alvarez said" in d.body for d in drafts)


KICKERS_OVER_HEADLINES = """\
The Harbour Ledger
Business
The latest business news, analysis and opinion
Exclusive
Inside the port authority's budget
Harbour chief quietly shelved a report warning of a $200m shortfall
Feb 12, 2026
Analysis
Why the housing market stalled
Mortgage approvals fell for a fourth month as buyers wait for rate cuts
Feb 12, 2026
Opinion
The case for a regional bank
Our small lenders are vanishing and the towns they served are paying the price
Feb 11, 2026
Exclusive
Shipping line under investigation
Regulator examines claims that container fees were fixed across three ports
Feb 10, 2026
Privacy policy
"""

KICKER_TITLES = [
    "Harbour chief quietly shelved a report warning of a $200m shortfall",
    "Mortgage approvals fell for a fourth month as buyers wait for rate cuts",
    "Our small lenders are vanishing and the towns they served are paying the price",
    "Regulator examines claims that container fees were fixed across three ports",
]


def test_a_section_chip_over_a_kicker_over_a_headline_over_a_date_keeps_the_headline() -> None:
    """Chip / kicker / headline / bare date: the chip ("Analysis") is no fly-title, the
    kicker no title."""
    assert [d.title for d in split(KICKERS_OVER_HEADLINES)] == KICKER_TITLES


def test_a_section_chip_over_a_headline_over_a_date_shows_no_fly_titles() -> None:
    """Chip / headline / date next to chip / kicker / headline / date: the chip is a
    section's, so the card without a kicker shows no fly-title list."""
    text = KICKERS_OVER_HEADLINES.replace("Why the housing market stalled\n", "")
    assert [d.title for d in split(text)] == KICKER_TITLES


def test_chips_in_capitals_over_kickers_are_no_fly_titles() -> None:
    drafts = split(
        "Diario del Sur\nDeportes\nFútbol\nBaloncesto\n"
        "FÚTBOL\nLa crisis del Barça continúa\n"
        "El club azulgrana destituye a su director deportivo tras la derrota en Vigo\n12/02/2026\n"
        "BALONCESTO\nFinal de la Copa del Rey\n"
        "El Real Madrid remonta veinte puntos y se lleva el título en Málaga\n12/02/2026\n"
        "TENIS\nOpen de Australia en Melbourne\n"
        "Alcaraz cae en cuartos de final ante un rival que salió de la previa\n11/02/2026\n"
        "CICLISMO\nVuelta a Andalucía en febrero\n"
        "Un joven corredor murciano sorprende a los favoritos en la primera etapa\n10/02/2026\n"
        "Aviso legal\n"
    )
    assert [d.title[:24] for d in drafts] == [
        "El club azulgrana destit",
        "El Real Madrid remonta v",
        "Alcaraz cae en cuartos d",
        "Un joven corredor murcia",
    ]


CITY_CHIPS = """\
Nordkurier
Region
Nachrichten aus der Region
Hamburg
Streit um die Elbvertiefung
Senat will die Baggerarbeiten schon im Frühjahr beginnen lassen
12.02.2026
Kiel
Ausbau der Windkraft an der Küste
Landtag debattiert über neue Flächen für Windräder vor Eckernförde
12.02.2026
Lübeck
Neue Brücke über die Trave
Die Baufirma meldet Lieferprobleme beim Stahl für den Überbau
11.02.2026
Impressum
"""


def test_city_chips_over_kickers_without_a_fly_title_card_keep_the_kicker_swap() -> None:
    """Every card short line / line / line / date: a city's chip over a kicker as often as
    a fly-title over a headline; no card shows which, so the headline under is the title."""
    assert [d.title[:24] for d in split(CITY_CHIPS)] == [
        "Senat will die Baggerarb",
        "Landtag debattiert über ",
        "Die Baufirma meldet Lief",
    ]


def test_a_fly_title_over_a_headline_over_a_date_shows_the_list_prints_fly_titles() -> None:
    """Must-stay: a card of the run printed fly-title / headline / date ("Kiel"): the line
    under each short line is the headline, the line under that its rubric."""
    drafts = split(
        "Nordkurier\nRegion\nNachrichten aus der Region\n"
        "Hamburg\nStreit um die Elbvertiefung geht weiter\n"
        "Senat will die Baggerarbeiten schon im Frühjahr beginnen lassen\n12.02.2026\n"
        "Kiel\nLandtag debattiert über den Ausbau der Windkraft an der Küste\n12.02.2026\n"
        "Lübeck\nNeue Brücke über die Trave verzögert sich\n"
        "Die Baufirma meldet Lieferprobleme beim Stahl für den Überbau\n11.02.2026\n"
        "Impressum\n"
    )
    assert [d.title for d in drafts] == [
        "Streit um die Elbvertiefung geht weiter",
        "Landtag debattiert über den Ausbau der Windkraft an der Küste",
        "Neue Brücke über die Trave verzögert sich",
    ]
    assert drafts[0].body == "Senat will die Baggerarbeiten schon im Frühjahr beginnen lassen"


def test_section_chips_over_titles_leave_the_publishers_in_that_slot_their_sources() -> None:
    """A portal prints its sections and its publishers over the titles: "Política" over
    one card says nothing of "El Confidencial" over another, which stays its source."""
    drafts = split(
        "Agregador de Noticias\nPortada\nLo último\n"
        "El Confidencial\nEl Gobierno aprueba la reforma de la financiación autonómica\n"
        "hace 1 hora\n"
        "Política\nSánchez comparece en el Congreso para explicar la crisis migratoria\n"
        "hace 2 horas\n"
        "Economía\nEl paro baja en 40.000 personas en enero pese a la cuesta de enero\n"
        "hace 2 horas\n"
        "Sociedad\nLa ola de frío deja temperaturas de diez grados bajo cero en Soria\n"
        "hace 3 horas\n"
        "La Voz de Galicia\nLos mariscadores de Arousa denuncian la caída de las capturas\n"
        "hace 3 horas\n"
        "Aviso legal\n"
    )
    assert [d.source for d in drafts] == ["El Confidencial", None, None, None, "La Voz de Galicia"]


# auditor D's D8 (probe f1): every card prints fly-title / headline / rubric / date, none
# without a rubric; each headline is as long as a headline and about as long as its rubric
FLYTITLES_ALL_RUBRICS = """\
The Weekly Review
Menu
Latest updates

Banyan
Why Asia's middle powers are hedging their bets
America's allies are quietly buying insurance
Mar 10th 2026
Japan's economy
The Bank of Japan edges towards another rate rise
Wages are finally rising faster than prices
Mar 10th 2026
Charlemagne
Europe's defence spending spree has a hidden cost
Borrowing for tanks will crowd out other priorities
Mar 9th 2026
Free exchange
What tariffs are really doing to American prices
The evidence from a year of levies is in
Mar 9th 2026

Subscribe
Terms
"""


def test_a_run_of_headlines_over_rubrics_under_fly_titles_keeps_the_headlines() -> None:
    drafts = split(FLYTITLES_ALL_RUBRICS)
    assert [(d.title, d.body) for d in drafts[1:]] == [
        (
            "The Bank of Japan edges towards another rate rise",
            "Wages are finally rising faster than prices",
        ),
        (
            "Europe's defence spending spree has a hidden cost",
            "Borrowing for tanks will crowd out other priorities",
        ),
        (
            "What tariffs are really doing to American prices",
            "The evidence from a year of levies is in",
        ),
    ]


def test_long_kickers_over_longer_headlines_keep_the_kicker_swap() -> None:
    """Must-stay (D8's near miss): chip / kicker of a headline's length / a much longer
    headline / date in every card: the kicker is no headline, the line under it is."""
    drafts = split(
        "Nordkurier\nRegion\nNachrichten aus der Region\n"
        "Hamburg\nDer Streit um die Elbvertiefung geht in die nächste Runde\n"
        "Der Senat will die Baggerarbeiten trotz der Klage der Umweltverbände schon im "
        "Frühjahr beginnen lassen\n12.02.2026\n"
        "Kiel\nDer Ausbau der Windkraft an der Küste stockt\n"
        "Der Landtag debattiert am Mittwoch über neue Flächen für Windräder zwischen "
        "Eckernförde und Husum\n12.02.2026\n"
        "Lübeck\nDie neue Brücke über die Trave wird teurer\n"
        "Die Baufirma meldet Lieferprobleme beim Stahl für den Überbau und verlangt "
        "einen Aufschlag von der Stadt\n11.02.2026\n"
        "Impressum\n"
    )
    assert [d.title[:24] for d in drafts] == [
        "Der Senat will die Bagge",
        "Der Landtag debattiert a",
        "Die Baufirma meldet Lief",
    ]


def test_a_short_first_title_of_a_title_source_stamp_list_ending_on_a_stamp_is_a_card() -> None:
    # auditor B's B41: "Gaza ceasefire holds" / "Reuters · 2 hours ago" / title / "AP · 3h" /
    # … / "CNBC · 5 hours ago" at the list's end: each stamp closes the title over it
    drafts = split(
        LEAD
        + "\nTop stories\nGaza ceasefire holds\nReuters · 2 hours ago\n"
        + "Senate passes stopgap bill to avert government shutdown\nAP · 3 hours ago\n"
        + "Oil falls as OPEC signals higher output next year\nBloomberg · 4 hours ago\n"
        + "Central bank holds rates steady, signals cut in spring\nCNBC · 5 hours ago\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Gaza ceasefire holds", "Reuters", "2 hours ago"),
        ("Senate passes stopgap bill to avert government shutdown", "AP", "3 hours ago"),
        ("Oil falls as OPEC signals higher output next year", "Bloomberg", "4 hours ago"),
        ("Central bank holds rates steady, signals cut in spring", "CNBC", "5 hours ago"),
    ]


def test_a_short_heading_over_a_source_stamp_first_list_ending_on_a_title_stays_a_heading() -> None:
    # must-stay: "From our partners" / "Coast Wire · 3h" / title / … / last title: the
    # stamps head the titles under them; the short line is the list's heading
    drafts = split(
        LEAD
        + "\nFrom our partners\nCoast Wire · 3 hours ago\n"
        + "Fish market moves to the old customs shed by the lock\nBay Radio · 5 hours ago\n"
        + "Marina fees to rise by five percent from April\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("Fish market moves to the old customs shed by the lock", "Coast Wire", "3 hours ago"),
        ("Marina fees to rise by five percent from April", "Bay Radio", "5 hours ago"),
    ]


def test_a_topic_pages_heading_description_and_follow_button_is_no_card() -> None:
    # the masthead's "Thursday, March 12, 2026" over the topic's heading, its description and
    # a follow button: the page's own heading, no card that date stamps
    page = (
        "Home\nWorld\nBusiness\nTech\n"
        "Thursday, March 12, 2026\n"
        "Rivers & Coasts\n"
        "Latest stories about flood defences, fisheries and the changing coastline.\n"
        "Follow topic\n"
        "Harbour wall repairs to start before the spring tides arrive\n"
        "The council says the work will close the promenade for six weeks from April.\n"
        "Coast Gazette · 5 min read · 2h ago\n"
        "Trawler crews report record cod landings at the northern ports\n"
        "Fleet Wire · 3 min read · 4h ago\n"
    )
    titles = [draft.title for draft in split(page)]
    assert titles == [
        "Harbour wall repairs to start before the spring tides arrive",
        "Trawler crews report record cod landings at the northern ports",
    ]


def test_a_sentence_case_chip_in_the_slot_of_the_cards_section_chips_is_no_source() -> None:
    # title / summary / section chip / "date · N min read": a list's chips stand over each
    # stamp; "Your money" in that slot is one too, and its card closes at its stamp
    page = (
        "Heat pumps\n"
        "A boiler ban by stealth? What the new rules mean for your home\n"
        "From 2027 new homes must be fitted with low-carbon heating. Here is what changes.\n"
        "Environment\n18 Feb 2026 · 6 min read\n"
        "Installer cuts heat pump fitting price after the grant rises\n"
        "The upgrade grant now covers most of the cost in England and Wales.\n"
        "Money\n16 Feb 2026 · 3 min read\n"
        "Readers' stories: 'Our heat pump bills were higher than promised'\n"
        "Dozens of you wrote in about your first winter with a heat pump. These are yours.\n"
        "Your money\n11 Feb 2026 · 8 min read\n"
        "Previous\nNext\n"
    )
    drafts = split(page)
    assert [(draft.role, draft.title[:20], draft.source) for draft in drafts] == [
        ("related", "A boiler ban by stea", None),
        ("related", "Installer cuts heat ", None),
        ("related", "Readers' stories: 'O", None),
    ]


def test_a_clips_length_under_a_play_sign_on_its_own_line_is_no_clock() -> None:
    # "▶" / "2:20" / title: the length of a clip, no card's stamp at 02:20; the video cards
    # with their own "Source · age" line stay teasers
    page = (
        "Top videos\n"
        "▶\n4:02\nInside the hangar where investigators rebuilt the crashed jet\n"
        "Harbour News · 3 hours ago\n"
        "▶\n1:37\nSnowplow drivers stage a sick-out as the storm approaches\n"
        "Valley 7 · 5 hours ago\n"
        "▶\n12:48\nSenators question the central bank nominee over rates\n"
        "Capitol TV · 7 hours ago\n"
        "More videos\n"
        "▶\n0:58\nWatch: Penguin chick takes its first swim at the city zoo\n"
        "▶\n2:20\nTornado sirens tested across the city on a quiet morning\n"
        "Autoplay on\n"
    )
    drafts = split(page)
    assert [(draft.title[:20], draft.source, draft.time_text) for draft in drafts] == [
        ("Inside the hangar wh", "Harbour News", "3 hours ago"),
        ("Snowplow drivers sta", "Valley 7", "5 hours ago"),
        ("Senators question th", "Capitol TV", "7 hours ago"),
    ]
