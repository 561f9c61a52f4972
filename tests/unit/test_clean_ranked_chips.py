"""clean: a numbered list of bare lines ("1" / chip / "2" / chip …) is navigation, dropped."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 1, 5, tzinfo=UTC)

FEED = """\
Harbour Daily · 2h
Ferry timetable changes for the winter season
Trending searches
1
Snow day closures
2
Premium bonds results
3
Ferry strike dates
4
Lottery jackpot
Coast FM · 5h
Lifeboat crew rescues two walkers cut off by the tide
"""

RANKED_CARDS = """\
Most read
1
Council approves new cycle lanes on the seafront
3h
2
Lifeboat crew rescues two walkers cut off by the tide
5h
3
Ferry timetable changes for the winter season
6h
"""


def _lines(text: str) -> list[str]:
    return clean_page(RawPage(text=text, url="https://feed.example/", fetched_at=FETCHED)).lines


def test_numbered_bare_chips_are_dropped() -> None:
    lines = _lines(FEED)
    for chip in ("Snow day closures", "Premium bonds results", "Ferry strike dates"):
        assert chip not in lines
    assert "Lottery jackpot" not in lines
    assert "Lifeboat crew rescues two walkers cut off by the tide" in lines


def test_numbered_stamped_cards_stay() -> None:
    lines = _lines(RANKED_CARDS)
    assert "Council approves new cycle lanes on the seafront" in lines
    assert "Ferry timetable changes for the winter season" in lines
