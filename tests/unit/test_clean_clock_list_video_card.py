"""A clock list's last card is a video card ("13:02" / title / "12:40" / "Video" / title /
"0:41") over a box's heading or the page's end: its title stays (the list's clock over its
label is its stamp); an embedded player under a paragraph, or under a lone length, goes."""

from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


CLOCK_LIST = (
    "Net binnen\n"
    "13:21\n"
    "Trein en bus rijden weer na storing rond Utrecht Centraal\n"
    "13:02\n"
    "Verdachte van steekpartij in Rotterdam-Zuid aangehouden\n"
    "12:40\n"
    "Video\n"
    "Storm raast over Noord-Holland: boom valt op geparkeerde auto's\n"
    "0:41\n"
)


def test_a_clock_lists_last_video_card_over_a_heading_keeps_its_title() -> None:
    lines = lines_of(CLOCK_LIST + "Meest gelezen\n1\nWeerbericht: eerste nachtvorst verwacht\n")
    assert "Storm raast over Noord-Holland: boom valt op geparkeerde auto's" in lines
    assert "0:41" not in lines


def test_a_clock_lists_last_video_card_at_the_pages_end_keeps_its_title() -> None:
    lines = lines_of(CLOCK_LIST)
    assert "Storm raast over Noord-Holland: boom valt op geparkeerde auto's" in lines


def test_must_stay_an_embedded_player_under_a_paragraph_over_a_heading_goes() -> None:
    lines = lines_of(
        "Het kabinet maakt 400 miljoen euro vrij om corporaties sneller te laten bouwen.\n"
        "Video\n"
        "Storm raast over Noord-Holland: boom valt op geparkeerde auto's\n"
        "0:41\n"
        "Meest gelezen\n"
        "1\n"
        "Weerbericht: eerste nachtvorst verwacht\n"
    )
    assert "Storm raast over Noord-Holland: boom valt op geparkeerde auto's" not in lines


def test_must_stay_a_player_under_a_lone_clock_goes() -> None:
    lines = lines_of(
        "Die Polizei sperrte die Straße am Abend für mehrere Stunden, wie ein Sprecher sagte.\n"
        "Erste Meldung des Tages über den Bahnstreik\n"
        "13:02\n"
        "Video\n"
        "Storm raast über Norddeutschland: Baum fällt auf Auto\n"
        "0:41\n"
        "Meistgelesen\n"
    )  # one clock under a title, no list's clock over it: maybe the length of a clip above
    assert "Storm raast über Norddeutschland: Baum fällt auf Auto" not in lines
