"""An interview's last answer, two words under a question ("Will the strike end this
week?" / "Not likely."), is the text's own line: a link or a button prints no full stop
under a question."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Morning Courier
Business
Interview: Port operators say delays will last into the new year
By Ada Okafor
December 2, 2026
The head of the dock workers' association spoke to us about the strike at the main port.
How long have the ships been waiting?
Some of them have been at anchor for three weeks now, and the owners are losing money.
What do you want from the ministry?
We want the new pay scale signed before the end of the month, as it was promised.
Will the strike end this week?
Not likely."""


def test_a_short_answer_under_a_question_closes_the_text() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.body.endswith("Not likely.")
