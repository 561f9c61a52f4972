"""A known place in title case alone on its line with a colon ("Bengaluru:"), a dateline as
some sites print it, opens the first paragraph and stays in the body; a label of the same
shape ("Watch:") is no dateline."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """City Wire
Latest
India
Chennai port to add two new berths by next year
Reported by Asha Menon
Mar 4, 2026 10:15 am IST
Chennai:
The port trust will add two new container berths by next year, officials said on Wednesday.
The berths will raise the port's capacity by a fifth.
Work on the first berth is expected to begin in April."""


def test_a_title_case_lone_dateline_stays_in_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 3, 4, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert lead.body.startswith("Chennai:")
    assert "The port trust will add" in lead.body
