"""clean: an author's note printed right over the byline ("Ravi Menon is president of the
Teachers' Federation." / "By Ravi Menon Contributor") is no line of the text; a sentence
over the byline that does not open with the byline's name stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TEXT = (
    "Class sizes in the province's high schools have grown by a fifth since 2020.",
    "Teachers are leaving faster than colleges can train new ones, and the gap widens.",
    "The ministry should fund a cap of 24 students a class, as it promised in 2022.",
)


def _lines(over_byline: str) -> tuple[str, ...]:
    page = "\n".join(
        (
            "Opinion",
            "Our schools are full. Here is how to fix them",
            over_byline,
            "By Ravi Menon Contributor",
            "Sat., Nov. 28, 2026",
            *TEXT,
        )
    )
    return clean_page(RawPage(text=page, fetched_at=FETCHED)).lines


def test_the_authors_note_over_the_byline_goes() -> None:
    note = "Ravi Menon is president of the Teachers' Federation of the province."
    assert note not in _lines(note)


def test_a_standfirst_over_the_byline_stays() -> None:
    standfirst = "Ravi and his colleagues say the province has run out of excuses."
    assert standfirst in _lines(standfirst)
