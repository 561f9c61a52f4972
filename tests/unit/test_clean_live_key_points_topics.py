"""A live blog's key-points heading in French, Italian and Spanish ("Les points clés" over
links to its own entries) is UI like "Key events" / "Moments clés"; a wire page's
"Suggested Topics:" heading ends the text like "Topics", so the chips and the author's
box under it leave the body. Sentences naming the same words stay."""

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles


def test_key_points_headings_are_ui() -> None:
    for heading in ("Les points clés", "Points clés", "Punti chiave", "Puntos clave"):
        assert classify(heading) is Kind.DROP, heading


def test_suggested_topics_ends_the_text() -> None:
    assert classify("Suggested Topics:") is Kind.END
    page = (
        "German coalition agrees 2027 budget with record defence outlay, sources say\n"
        "BERLIN, Nov 24 (Reuters) - Germany's ruling coalition has agreed a 2027 budget that"
        " sets aside a record 108 billion euros for defence, three sources told Reuters.\n"
        "The finance ministry declined to comment on the draft on Monday evening.\n"
        "Suggested Topics:\n"
        "Europe\n"
        "Defence\n"
        "Sarah Marsh\n"
        "Sarah leads coverage of German politics and the economy from Berlin.\n"
    )
    [draft] = split_articles(clean_page(RawPage(text=page)))
    assert draft.body.endswith("declined to comment on the draft on Monday evening.")
    assert "Sarah leads coverage" not in draft.body


def test_must_stay_sentences_with_the_headings_words() -> None:
    for sentence in (
        "Voici les points clés du texte adopté par le Sénat dans la nuit.",
        "Suggested topics for the summit include energy prices and migration.",
    ):
        assert classify(sentence) is None, sentence
