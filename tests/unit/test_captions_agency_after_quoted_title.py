"""captions: a caption ending on a quoted title ("… nel film «Il ritorno»") takes the agency in
brackets after it as its credit, as it does after a word (tuning b238's film review)."""

import pytest

from streams.captions import split_credit


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("L'attrice in una scena della serie «La casa sul lago» (Ansa)", "«La casa sul lago»"),
        ("The cast on stage at the premiere of “The Long Winter” (AFP)", "“The Long Winter”"),
    ],
)
def test_the_agency_after_a_quoted_title_is_the_credit(line: str, caption: str) -> None:
    found = split_credit(line)
    assert found is not None
    assert found[0].endswith(caption)
    assert found[1] in ("Ansa", "AFP")
