"""clean + split: a picture's credit in brackets on its own line naming who took it after the
outlet ("(Harbour Times: Mia Lowe)") or who gave it ("(Supplied: Port Authority)") credits the
one-sentence caption over it, between the text's paragraphs; it is no editor's note."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://news-voorbeeld.example/2026/11/29/regatta"
FIRST = "Hundreds of spectators lined the breakwater to watch the yachts leave the harbour."
SECOND = "A pilot boat guided the last of the fleet past the lighthouse at dusk."

PAGE = "\n".join(
    (
        "News",
        "Regatta fleet sets sail from Port Avery after two-year break",
        "Posted Sun 29 Nov 2026 at 5:10pm",
        FIRST,
        "(Harbour Times: Mia Lowe)",
        "Forty yachts left Port Avery on Sunday for the first coastal regatta since 2024, with"
        " crews from four states taking part in the three-day race.",
        SECOND,
        "(Supplied: Port Authority)",
        "Organisers said the fleet would reach Cape Moss by Tuesday if the northerly winds held"
        " through the night.",
    )
)


def test_named_credits_in_brackets_credit_their_captions() -> None:
    (lead,) = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert [(c.text, c.credit) for c in lead.captions] == [
        (FIRST, "Harbour Times: Mia Lowe"),
        (SECOND, "Supplied: Port Authority"),
    ]
    assert lead.body.startswith("Forty yachts left")
    assert "pilot boat" not in lead.body
