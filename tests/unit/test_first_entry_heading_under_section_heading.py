"""The first question of a Q&A, or the first dated entry of a timeline, printed under the
section's own heading with its answer or entry under it, stays in the body like the ones
after it (also when the question echoes the standfirst's words)."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 5, 4, 12, tzinfo=UTC)


def _body(lines: list[str]) -> str:
    page = RawPage(text="\n".join(lines) + "\n", url="https://news.example/", fetched_at=FETCHED)
    return process_page(page)[0].body


def test_first_question_under_the_section_heading_stays() -> None:
    body = _body(
        [
            "What the new parking charges mean for drivers",
            "Published May 4, 2026",
            "By Lena Ortiz",
            "The council has approved new parking charges, and fees will rise for most drivers.",
            "Your questions answered",
            "How much will fees rise?",
            "An hour in the main car park will cost £2.40 instead of £1.90.",
            "Are residents exempt?",
            "Residents with a permit will not pay the new charges.",
            "Traders said the rise would keep shoppers away from the high street.",
        ]
    )
    assert "How much will fees rise?" in body
    assert "Are residents exempt?" in body


def test_first_dated_entry_under_the_timeline_heading_stays() -> None:
    body = _body(
        [
            "How the bridge closure unfolded",
            "Published May 4, 2026",
            "By Lena Ortiz",
            "The river bridge has reopened after engineers finished urgent repairs.",
            "Timeline",
            "March 3: Cracks found",
            "Inspectors found cracks in two of the bridge's supports.",
            "April 10: Repairs begin",
            "Engineers started replacing the damaged supports.",
            "The council said the bridge would be inspected again next year.",
        ]
    )
    assert "March 3: Cracks found" in body
    assert "April 10: Repairs begin" in body
