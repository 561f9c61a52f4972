"""clean: a bare "4 min" between a card's title and its dated stamp is the audio's length,
not a stamp; the card under a programme label keeps its title and date (auditor A's A-10)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


RADIO_FRONT = (
    "Valley Public Radio\n"
    "News\n"
    "Podcasts\n"
    "Morning Edition\n"
    "Farmers brace for a second dry winter in the valley\n"
    "4 min\n"
    "Nov 29, 2026\n"
    "The Weekend Desk\n"
    "Why the county's new bus routes skip the old town\n"
    "38 min\n"
    "Nov 28, 2026\n"
)


def test_a_length_over_a_cards_date_leaves_the_cards() -> None:
    drafts = split(RADIO_FRONT)
    assert [draft.title for draft in drafts] == [
        "Farmers brace for a second dry winter in the valley",
        "Why the county's new bus routes skip the old town",
    ]
    assert [draft.time_text for draft in drafts] == ["Nov 29, 2026", "Nov 28, 2026"]


def test_a_glued_minutes_name_over_an_age_stays_the_source() -> None:
    """Must stay: "20 minutes" over "Il y a 2 h" is an outlet's name, no length."""
    page = RawPage(
        text="El precio del aceite vuelve a subir\n20 minutes\nIl y a 2 h\n", fetched_at=FETCHED
    )
    assert "20 minutes" in clean_page(page).lines
