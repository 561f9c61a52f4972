"""A footer's "Privacy and Cookies" link (spelt with "and", as "Privacy & Cookies" already
was) is UI: on a page whose cards print their publishers it otherwise read as a stampless
card's title over the next footer link ("Legal")."""

from streams.boilerplate import Kind, classify


def test_privacy_and_cookies_links_are_dropped() -> None:
    for line in ("Privacy and Cookies", "Privacy and cookies policy", "Privacy and Cookie Policy"):
        assert classify(line) is Kind.DROP


def test_a_headline_naming_privacy_and_cookies_stays() -> None:
    assert classify("Regulator fines retailer over privacy and cookies breaches") is None
