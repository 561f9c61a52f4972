"""split: a list's "Updated …" stamp right under its heading, over a chip and the first
card's title ("Ultime notizie" / "Aggiornato alle 09:20" / "Politica" / title), is the
list's, not the first card's: that card has no stamp, the others keep theirs. A card
stamped "Updated …" in a list whose cards all print "Updated …" keeps its stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)


def stamps(text: str) -> list[tuple[str, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(d.title, d.time_text) for d in drafts]


def page(first_stamp: str, other_stamp: str) -> str:
    return (
        "Top Stories\n"
        f"{first_stamp}\n"
        "Politics\n"
        "Senate passes budget bill after overnight session\n"
        "The vote was 51 to 49, with two members of the majority voting against the plan.\n"
        "AP\n"
        "Business\n"
        "Airline shares fall as fuel costs climb for third week\n"
        f"Reuters · {other_stamp}\n"
        "Weather\n"
        "Heavy snow closes mountain passes across the region\n"
        "Officials urged drivers to stay off the roads until ploughs clear the routes.\n"
        f"Mountain Daily · {other_stamp}\n"
        "Terms of Use\n"
    )


def test_a_lists_updated_stamp_under_its_heading_is_no_cards_stamp() -> None:
    got = dict(stamps(page("Updated 09:20", "1 hour ago")))
    assert got["Senate passes budget bill after overnight session"] is None
    assert got["Airline shares fall as fuel costs climb for third week"] == "1 hour ago"


def test_a_card_in_a_list_of_updated_stamps_keeps_its_stamp() -> None:
    # must-stay: every card stamped "Updated …": the first stamp is its card's
    got = dict(stamps(page("Updated 09:20", "Updated 1 hour ago")))
    assert got["Senate passes budget bill after overnight session"] == "Updated 09:20"
