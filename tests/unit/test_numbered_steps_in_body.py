"""A numbered list set between the text's sentences, each step under its number alone on
a line and printing no full stop, stays in the lead's body (numbers and steps); a most-read
list's ranked headlines under no sentence stay out."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 5, 4, 12, tzinfo=UTC)

STEPS = (
    "Switch off the water at the stopcock",
    "Drain the radiator into a shallow tray",
    "Loosen the bleed valve with a radiator key",
    "Refill the system and check the pressure gauge",
)


def _body(lines: list[str]) -> str:
    page = RawPage(text="\n".join(lines) + "\n", url="https://homes.example/", fetched_at=FETCHED)
    return process_page(page)[0].body


def _header() -> list[str]:
    return [
        "Home and Garden",
        "How to replace a leaking radiator valve yourself",
        "By Owen Pryce",
        "May 4, 2026",
        "A dripping valve wastes water and stains the floor, but the repair takes under an hour.",
    ]


def _numbered(steps: tuple[str, ...]) -> list[str]:
    return [line for rank, step in enumerate(steps, 1) for line in (str(rank), step)]


def test_steps_under_a_heading_stay_in_the_body() -> None:
    body = _body(
        [
            *_header(),
            "What to do",
            *_numbered(STEPS),
            "If the valve still drips after that, call a registered plumber to replace it.",
        ]
    )
    for step in STEPS:
        assert step in body


def test_last_steps_under_a_step_of_a_sentence_stay() -> None:
    steps = (*STEPS[:2], "Loosen the bleed valve, then let the air out slowly.", *STEPS[3:])
    body = _body(
        [
            *_header(),
            "Here is how to do it.",
            *_numbered(steps),
            "If the valve still drips after that, call a registered plumber to replace it.",
        ]
    )
    assert STEPS[3] in body


def test_ranked_headlines_under_no_sentence_stay_out() -> None:
    headlines = (
        "Council approves new cycle lanes",
        "Bakery wins regional award",
        "Storm closes coastal road",
    )
    body = _body([*_header(), "Most read", *_numbered(headlines)])
    for headline in headlines:
        assert headline not in body
