"""boilerplate: a story's sentence that explains what a pitch word names, as its subject
("Cookies are small files placed on your device …") speaks to anyone, not the reader as a
site would: kept. A banner in the site's voice or about "this site" still goes."""

from streams.boilerplate import Kind, classify, is_pitch


def test_a_definition_of_cookies_is_kept() -> None:
    line = (
        "Cookies are small text files stored on your phone when you open a website, and "
        "advertisers can use them to follow you."
    )
    assert not is_pitch(line)
    assert classify(line) is None


def test_cookie_banners_still_go() -> None:
    assert classify("We use cookies to give you the best experience on our website.") is Kind.DROP
    assert classify("Cookies are used on this site to improve your experience.") is Kind.DROP
    assert classify("Cookies help us show you the stories you like.") is Kind.DROP


def test_an_offer_with_its_term_still_goes() -> None:
    assert classify("Access is free for your first month.") is Kind.DROP
