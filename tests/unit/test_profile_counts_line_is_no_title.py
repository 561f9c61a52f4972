"""A topic's or channel's counts under its name ("18K followers · 940 stories") are its
profile, no headline: the first card under the profile, a publisher over its title,
is read with its own title and publisher."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TOPIC = (
    "Explore\n"
    "Urban Cycling\n"
    "Urban Cycling\n"
    "18K followers · 940 stories\n"
    "Follow\n"
    "Stories\n"
    "Harbour Daily Post\n"
    "City approves 40 kilometres of protected bike lanes across the east side\n"
    "The council voted 9-2 on Tuesday to fund the network, which will link six schools and "
    "two hospitals by the end of 2028.\n"
    "Flipped into Streets by Ana Ruiz\n"
    "Velo Weekly\n"
    "Cargo bikes now outsell small cars in two inner-city districts\n"
    "2d\n"
    "Riverside Courier\n"
    "Why the bridge bike path stays closed until the spring\n"
    "5d\n"
    "Load More\n"
)


def test_counts_line_is_no_title() -> None:
    assert not _is_title("18K followers · 940 stories")
    assert not _is_title("12 articles · 4 videos")
    assert _is_title("Storm warning · 3 dead as rivers burst their banks")


def test_first_card_under_profile_keeps_its_title_and_publisher() -> None:
    drafts = split_articles(clean_page(RawPage(text=TOPIC, fetched_at=FETCHED)))
    assert drafts[0].title.startswith("City approves 40 kilometres")
    assert drafts[0].source == "Harbour Daily Post"
