"""A credit line under the text's last sentence, with a phrase of a caption's length and no
stop under it ("… by a rumour." / "Picture courtesy of Instagram" / "A screenshot of the
viral post"): the credit is printed above its caption. The phrase is the caption; the
sentence stays the story's. A sub-heading under such a credit, with the text going on
under it, is no caption."""

from datetime import UTC, datetime

from schemas.article import ArticleEvent
from streams.model import RawPage
from streams.pipeline import process_page

_HEADER = """Check Desk
Fact check
No, tap water in Leeds is not being switched to recycled sewage
12 December 2026
A viral post claims that Leeds households will drink recycled sewage water from the spring.
Yorkshire Water told us it has no such plan and that its supply comes from reservoirs and rivers.
The company said a pilot scheme at one treatment works recycles water only for industrial use.
"""

_CLOSING_PHRASE = (
    _HEADER
    + """The claim appears to have been prompted by a rumour about the pilot scheme.
Picture courtesy of Instagram
A screenshot of the viral post about the water supply
Share this article
More fact checks
Energy bills will not double in January
10 December 2026"""
)

_SUBHEADING = (
    _HEADER
    + """The engineers inspected the pilot works in a visit last week.
Picture courtesy of Yorkshire Water
What the pilot scheme actually does
The pilot cleans water from a brewery and sends it back for cooling, not for drinking.
Share this article"""
)


def _lead(text: str) -> ArticleEvent:
    page = RawPage(text=text, fetched_at=datetime(2026, 12, 12, 12, tzinfo=UTC))
    return next(article for article in process_page(page) if article.role == "lead")


def test_a_phrase_under_a_credit_after_the_last_sentence_is_its_caption() -> None:
    lead = _lead(_CLOSING_PHRASE)
    assert "prompted by a rumour about the pilot scheme." in lead.body
    assert "A screenshot of the viral post" not in lead.body
    assert [(c.text, c.credit) for c in lead.captions] == [
        ("A screenshot of the viral post about the water supply", "Instagram")
    ]


def test_a_subheading_under_a_credit_with_text_under_it_is_no_caption() -> None:
    lead = _lead(_SUBHEADING)
    assert "The pilot cleans water from a brewery" in lead.body
    assert all(c.text != "What the pilot scheme actually does" for c in lead.captions)
