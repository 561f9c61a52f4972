"""clean: a numbered list between two sentences of the story's text is the story's own
steps, kept; the same list under a links heading or under no sentence is navigation."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 2, tzinfo=UTC)

STEPS = (
    "Unplug the router for thirty seconds",
    "Reset the modem from its back panel",
    "Wait for the lights on the front to turn green",
)


def _page(above: str, heading: str, below: str) -> str:
    numbered = [line for rank, step in enumerate(STEPS, 1) for line in (str(rank), step)]
    lines = [
        "Home broadband",
        "How to fix a dropping wifi signal",
        above,
        heading,
        *numbered,
        below,
    ]
    return "\n".join(lines) + "\n"


def _lines(text: str) -> tuple[str, ...]:
    page = RawPage(text=text, url="https://tech.example/", fetched_at=FETCHED)
    return clean_page(page).lines


def test_steps_between_sentences_of_the_text_stay() -> None:
    lines = _lines(
        _page(
            "Most dropouts come from an overloaded router, and a restart clears it.",
            "What to do",
            "If the signal still drops, ask your provider to test the line.",
        )
    )
    for step in STEPS:
        assert step in lines


def test_numbered_chips_under_no_sentence_still_go() -> None:
    lines = _lines(_page("Router deals of the week", "Top searches", "Smart TV buying guide"))
    for step in STEPS:
        assert step not in lines
