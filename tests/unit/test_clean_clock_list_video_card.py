"""A clock list's last card is a video card ("13:02" / title / "12:40" / "Video" / title /
"0:41") over a box's heading or the page's end: its title stays (the list's clock over its
label is its stamp); an embedded player under a paragraph, or under a lone length, goes."""

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.pipeline import process_page


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


LIVE_TICKER = (
    "Liveticker\n"
    "Bundestag debattiert Haushalt: Alle Entwicklungen im Liveblog\n"
    "Zuletzt aktualisiert: 10.03.2026, 13:05 Uhr\n"
    "13:02\n"
    "Finanzminister Lindner verteidigt die Schuldenbremse. Die Opposition wirft ihm"
    " Schönrechnerei vor und fordert mehr Investitionen in Schulen und Brücken.\n"
    "12:15\n"
    "Die Debatte hat mit einer halben Stunde Verspätung begonnen, weil die Tagesordnung"
    " geändert wurde.\n"
    "11:58\n"
    "Video\n"
    "Merz kritisiert Regierung scharf\n"
    "1:12\n"
)


@pytest.mark.parametrize(
    "tail", ["Meistgelesen\nBahnstreik: Was Pendler jetzt wissen müssen\n", ""]
)
def test_must_stay_a_live_tickers_last_entry_video_is_no_card(tail: str) -> None:
    # auditor A's B-A1 (probes A07, A09): the clocks have an entry's sentence between them
    lines = lines_of(LIVE_TICKER + tail)
    assert "Merz kritisiert Regierung scharf" not in lines
    events = process_page(RawPage(text=LIVE_TICKER + tail))
    assert [event.title for event in events] == [
        "Bundestag debattiert Haushalt: Alle Entwicklungen im Liveblog"
    ]
