"""A lone related card under its chip prints title / summary / a bare date ("27 novembre
2026"), which no card shape reads; the stampless teaser read under the related heading
takes the date under its summary as its stamp (README: a stamp printed with the article
gives published_at). An age or a clip's length there is not the card's (a list's next
card may print its age there, a video its duration)."""

from datetime import UTC, datetime

from streams.split_page import _features
from streams.split_teasers import _bare_stamp_under

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

CARD = (
    "Zermatt renonce à la Coupe du monde de ski sur le Théodule",
    "Faute de neige, la descente transfrontalière n’aura pas lieu pour la troisième année.",
)


def _stamp_under(under: str) -> str | None:
    f = _features((*CARD, under, "Protection des données"), day=FETCHED.date(), fetched_at=FETCHED)
    return _bare_stamp_under(f, 2, 4)


def test_bare_date_under_a_cards_summary_is_its_stamp() -> None:
    assert _stamp_under("27 novembre 2026") == "27 novembre 2026"


def test_age_or_clip_length_under_a_summary_is_not() -> None:
    assert _stamp_under("vor 6 Std.") is None
    assert _stamp_under("2:48") is None
