"""clean: a dropped line of one word ending in a comma ("Listen,") is no player's label
going on in the line under it ("Media caption," is): a quoted verse's next line stays."""

from streams.clean import clean_page
from streams.model import RawPage

_PAGE = [
    "Ferryman's first poems win the county book prize",
    "A retired ferryman has won the county book prize for a collection he wrote over forty years.",
    "The judges singled out the opening poem, which begins:",
    "Listen,",
    "the tide is turning under the old stone quay",
    "and every mooring rope sings as it tightens.",
    "The prize will be presented at the library in January.",
]


def test_the_line_under_a_one_word_comma_line_stays() -> None:
    kept = clean_page(RawPage(text="\n".join(_PAGE))).lines
    assert any("the tide is turning under the old stone quay" in line for line in kept)
