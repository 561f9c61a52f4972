"""A short last sentence of the text over the tags and a closing byline ("Door: ANP") is
the text's, not the author's name or role: it stays in the body; the tags under it go."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Binnenland
Vrachtwagen gekanteld op A12, file tot Utrecht
30 november 2026 07:45
Een vrachtwagen met bouwmateriaal is vanochtend bij Woerden op zijn kant beland. De weg is deels dicht.
Bergers verwachten dat de rijbaan rond het middaguur weer vrij is.
De chauffeur bleef ongedeerd.
Lees meer over:
Verkeer
Utrecht
Door: Eva Jansen
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_short_last_sentence_over_a_closing_byline_stays() -> None:
    drafts = split(PAGE)
    assert [d.title for d in drafts] == ["Vrachtwagen gekanteld op A12, file tot Utrecht"]
    assert drafts[0].body.endswith("De chauffeur bleef ongedeerd.")
