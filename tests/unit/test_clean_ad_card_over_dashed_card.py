"""An ad label over a one-line ad among one-line cards printed with dashes ("Title -
Source - 1 day ago"), the footer's dropped lines under them: the next card is a teaser,
not the ad's advertiser line, so the card the label heads is no closed ad card and the
teaser stays. Must stay: an ad card closed by its button under the label goes."""

from streams.clean import clean_page
from streams.model import RawPage

CARDS = """\
Storm warning extended for the west coast - The Courier - 3 hours ago
Ad
Retire in comfort with our new savings plan - Northgate Savings - Sponsored
Ferry services resume after two days of gales - Island Times - 1 day ago
Feedback
"""


def test_a_dashed_card_under_an_ad_label_stays() -> None:
    lines = clean_page(RawPage(text=CARDS)).lines
    assert "Ferry services resume after two days of gales - Island Times - 1 day ago" in lines


def test_must_stay_an_ad_card_closed_by_its_button_goes() -> None:
    text = (
        "Storm warning extended for the west coast - The Courier - 3 hours ago\n"
        "Ad\n"
        "Retire in comfort with our new savings plan\n"
        "Northgate Savings\n"
        "Learn more\n"
        "Ferry services resume after two days of gales - Island Times - 1 day ago\n"
    )
    lines = clean_page(RawPage(text=text)).lines
    assert "Retire in comfort with our new savings plan" not in lines
    assert "Ferry services resume after two days of gales - Island Times - 1 day ago" in lines
