"""boilerplate: a story's sentence that opens like a control ("Read more about …", "Share
your … with us", "Sign up for our newsletter …") but closes by naming who said it ("…, the
lawyers said in a statement.") is reported speech, kept; the bare control still goes."""

from streams.boilerplate import Kind, classify


def test_read_more_reported_by_lawyers_is_kept() -> None:
    line = "Read more about the claims in the filing, the union's lawyers said on Tuesday."
    assert classify(line) is None


def test_share_with_us_quoted_from_a_website_is_kept() -> None:
    line = "Share your videos with us, the council's flood page still says."
    assert classify(line) is None


def test_sign_up_sentence_told_to_visitors_is_kept() -> None:
    line = (
        "Sign up for our newsletter and change your choices at any time, the pop-up told "
        "visitors, according to the tribunal."
    )
    assert classify(line) is None


def test_the_bare_controls_still_go() -> None:
    assert classify("Read more about the harbour redevelopment") is Kind.DROP
    assert classify("Share your photos with us") is Kind.DROP
    assert classify("Sign up for our newsletter and never miss a story.") is Kind.DROP


def test_a_control_closing_in_the_sites_voice_still_goes() -> None:
    line = "Sign up for our newsletter and get the news first, as our readers told us."
    assert classify(line) is Kind.DROP


def test_a_notice_citing_the_sites_rules_still_goes() -> None:
    line = "Read more about how we report, according to the charter of the newsroom."
    assert classify(line) is Kind.DROP
