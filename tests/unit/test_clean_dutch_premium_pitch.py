"""clean: a Dutch paywall pitch in full sentences ("Dit is een premium artikel. Lees verder
met een abonnement.") is not the article's text (auditor B's B-9)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PITCH = "Dit is een premium artikel. Lees verder met een abonnement."
TEXT = (
    "Utrecht\n"
    "Gemeente wil duizend extra woningen bouwen aan de rand van de stad\n"
    "29 nov. 2026\n"
    "De gemeente Utrecht wil tot 2030 duizend extra woningen bouwen aan de westkant van de "
    "stad, maar het stroomnet is er nog niet op berekend.\n"
    "Netbeheerder Stedin waarschuwt voor lange wachttijden bij nieuwe aansluitingen.\n"
)


def test_dutch_premium_pitch_leaves_the_text() -> None:
    page = clean_page(RawPage(text=f"{TEXT}{PITCH}\nMeest gelezen\n", fetched_at=FETCHED))
    assert PITCH not in page.lines
    assert "Netbeheerder Stedin waarschuwt voor lange wachttijden bij nieuwe aansluitingen." in (
        page.lines
    )
