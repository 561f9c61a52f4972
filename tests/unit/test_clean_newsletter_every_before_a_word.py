"""A frequency word that counts ("every", "each", "chaque") says how often a newsletter comes
only before the word it counts ("… explained every Thursday."): a story's short sentence that
ends on it ("… fell more than 1% each.") over the site's news promo is no box description."""

from streams.clean import clean_page
from streams.model import RawPage

HEADLINE = "Steel shares slide as export duties bite"
PROMO = "Catch all the Business News, Market News and Latest News Updates on Daily Ledger."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_sentence_ending_on_each_over_a_news_promo_stays() -> None:
    sentence = "Tata Steel and JSW Steel lost about 2% each."
    lines = lines_of(HEADLINE, "Metal stocks slip", sentence, PROMO)
    assert sentence in lines
    assert "Metal stocks slip" in lines
    assert PROMO not in lines


def test_a_description_with_every_before_its_day_goes_with_the_box() -> None:
    description = "The week's markets, explained every Thursday."
    lines = lines_of(HEADLINE, "Market Memo", description, "Sign up to our newsletter")
    assert description not in lines
