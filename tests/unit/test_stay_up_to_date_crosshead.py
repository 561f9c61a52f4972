"""ui_phrases: "Stay up to date with" opens a newsletter box's heading only before a name
("Stay up to date with The Courier") or its news; a story's crosshead giving advice stays text."""

from streams.clean import clean_page
from streams.model import RawPage

_CROSSHEAD = "Stay up to date with your jabs"
_HEADING = "Stay up to date with The Valley Gazette"


def _kept(line: str) -> tuple[str, ...]:
    page = [
        "Measles cases rise in three valley towns",
        "Health officials have confirmed twelve new cases of measles in the valley since October.",
        line,
        "Parents are urged to check that their children have had both doses of the vaccine.",
        "Clinics in Ashby and Moreton will open on Saturdays until the end of January.",
    ]
    return clean_page(RawPage(text="\n".join(page))).lines


def test_an_advice_crosshead_stays() -> None:
    assert _CROSSHEAD in _kept(_CROSSHEAD)


def test_the_heading_naming_the_site_goes() -> None:
    assert _HEADING not in _kept(_HEADING)


def test_the_heading_offering_the_sites_news_goes() -> None:
    heading = "Stay up to date with the latest valley news"
    assert heading not in _kept(heading)
