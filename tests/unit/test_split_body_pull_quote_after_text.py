"""split: a whole quoted sentence under a last paragraph that quotes no one ("We will hold
the line.") opens no speech: a pull quote after the text, which goes with the trailing lines.
Under a paragraph closing a quote (“…,” she said.) it is the quote's last words and stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
HEAD = (
    "Local\n"
    "Council approves new cycle lanes on the ring road\n"
    "By Ana Reyes\n"
    "29 November 2026\n"
    "The city council approved four kilometres of protected cycle lanes on the inner ring "
    "road on Thursday, after a two-year consultation.\n"
)


def _lead_body(*lines: str) -> str:
    text = HEAD + "\n".join(lines) + "\n"
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))[0].body


def test_a_pull_quote_under_a_paragraph_quoting_no_one_goes() -> None:
    body = _lead_body(
        "Work is due to start in the spring and to last about eight months.",
        '"We will hold the line."',
    )
    assert "We will hold the line" not in body


def test_must_stay_the_quote_closing_someones_speech() -> None:
    body = _lead_body(
        "“Drivers will get used to it within weeks,” councillor Mia Brandt said.",
        "“They always do.”",
    )
    assert body.endswith("“They always do.”")
