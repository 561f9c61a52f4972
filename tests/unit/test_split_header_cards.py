"""split_header: the headline of a card in a list of cards (signals that hold on any site)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

_LEAD = (
    "Harbour Post\nTransport\n"
    "Ferry timetable cut again as the harbour operator runs short of crews\n"
    "10 Mar 2026\n"
    "The harbour operator cut four crossings a day from its island timetable on Monday, "
    "blaming a shortage of trained crews that it said would last until the summer.\n"
    "Passengers said the cuts left early shifts at the hospital without a way to get to "
    "work, and the island council called an emergency meeting for Thursday.\n"
    "Latest news\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_card_of_headline_and_deck_under_a_cards_stamp_keeps_its_headline() -> None:
    # a list mixing title / stamp cards with title / standfirst / stamp ones: the last
    # card of the second kind, over a title / stamp card, is still headline over deck
    drafts = split(
        _LEAD + "Airport parking charges to rise again as drop-off fee doubles\n"
        "1 hr ago\n"
        "Man arrested after fight outside a bar on the quay\n"
        "Police were called shortly after 2am and one man was taken to hospital\n"
        "Yesterday\n"
        "Old swing bridge to close overnight for three weeks\n"
        "The trust says repairs to the bridge deck cannot wait until the spring\n"
        "45 mins ago\n"
        "Pier owners reveal reopening date for the helter skelter\n"
        "9 Mar 2026\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Airport parking charges to rise again as drop-off fee doubles",
        "Man arrested after fight outside a bar on the quay",
        "Old swing bridge to close overnight for three weeks",
        "Pier owners reveal reopening date for the helter skelter",
    ]
    assert "cannot wait until the spring" in drafts[3].body


def test_a_bare_link_over_a_long_card_title_in_a_title_and_stamp_list_stays_apart() -> None:
    # must-stay: a bare link under a heading (no card's stamp over it) is no headline over
    # the long title of the card under it
    drafts = split(
        _LEAD + "Also worth reading\n"
        "Island flights cancelled as ash drifts west\n"
        "Council to vote on the harbour wall plan as costs climb past forty million\n"
        "1 hr ago\n"
        "Pier owners reveal reopening date for the helter skelter\n"
        "9 Mar 2026\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Council to vote on the harbour wall plan as costs climb past forty million",
        "Pier owners reveal reopening date for the helter skelter",
    ]


def test_a_chip_under_a_cards_stamp_is_no_headline_over_the_next_title() -> None:
    # must-stay (auditor B's mixed-cards probe): a topic chip right under the card before's
    # stamp, over a long title, stays out of the title; a real headline / deck card is kept
    drafts = split(
        _LEAD + "School bus plan dropped after protests\n"
        "1 hour ago\n"
        "Cost of living crisis\n"
        "Water bills to fall by £40 a year from April, the island regulator confirms\n"
        "2 hours ago\n"
        "Clinic waiting lists grow again\n"
        "Figures show 4,000 islanders waiting for treatment at the end of January\n"
        "3 hours ago\n"
        "Ferry operator cancels crossings as storm approaches\n"
        "5 hours ago\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "School bus plan dropped after protests",
        "Water bills to fall by £40 a year from April, the island regulator confirms",
        "Clinic waiting lists grow again",
        "Ferry operator cancels crossings as storm approaches",
    ]
