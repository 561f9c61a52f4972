"""A chip's bare link (no source, stamp or summary) over a video card ("Video" / "0:58" /
clip title / "Source · 6 h", clean taking the label and the length): the card read on the
link is the clip's, the bare link navigation (b206 nl portal). Must stay: a one-line card
("Title - Source - 5 h") over a video card keeps its title, and so does a card over a
clip whose first line is its publisher ("VIDEO" / "1:32" / "Euronews" / "· 1d")."""

from streams.split_cards import _lower_clip_title
from streams.split_page import _Card, _features

LINK = "Why gritting the roads does not always help on black ice"
CLIP = "Skaters on the frozen canal: 'First time in five years'"


def lowered(link: str, clip: str, meta: str) -> _Card:
    f = _features(("Weather", link, clip, meta, ""), clips=(2,))
    card = _Card(1, 1, 2, "Valley Broadcasting", "6 h", None, None, False)
    return _lower_clip_title(f, card)


def test_the_card_read_on_a_bare_link_over_a_clip_is_the_clips() -> None:
    card = lowered(LINK, CLIP, "Valley Broadcasting · 6 h")
    assert (card.title, card.body_from) == (2, 3)


def test_must_stay_a_one_line_card_over_a_clip_keeps_its_title() -> None:
    card = lowered(f"{LINK} - Daily Post - 5 h", CLIP, "Valley Broadcasting · 6 h")
    assert card.title == 1


def test_must_stay_a_clip_opening_on_its_publisher_is_no_title() -> None:
    card = lowered(LINK, "Valley Broadcasting", "Valley Broadcasting · 6 h")
    assert card.title == 1
