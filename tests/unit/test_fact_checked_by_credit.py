"""A fact-checker's credit under the header's stamp ("Fact checked by Name") is a byline-like
credit, not the first line of the text."""

from streams.split_lines import _is_byline


def test_a_fact_checkers_credit_is_a_byline() -> None:
    assert _is_byline("Fact checked by Amani Wekesa")
    assert _is_byline("Fact-checked by Amani Wekesa")


def test_a_headline_about_fact_checking_is_no_byline() -> None:
    assert not _is_byline("Fact checked by volunteers, the claims about the vaccine fell apart.")
