"""A German URL's slug writes umlauts out ("hoehere" for "höhere", "muenchner" for
"Münchner"): the headline shares those words with the slug, so the slug prefers it to
the Dachzeile over it."""

from streams.split_page import _features

URL = "https://www.example.de/wirtschaft/mietmarkt-region-mieten-steigen-hoehere-kosten-muenchner-a-12345"

LINES = (
    "Mietmarkt in der Region",
    "Mieten steigen – höhere Kosten für Münchner Haushalte im neuen Jahr erwartet",
    "Eine Studie rechnet mit einem Plus von acht Prozent.",
)


def test_the_slug_with_umlauts_written_out_shares_the_headline_s_words() -> None:
    f = _features(LINES, URL)
    assert f.slug_shared(1) == 5
    assert f.slug_prefers(1, 0)
