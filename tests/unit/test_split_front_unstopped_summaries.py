"""split: a front page of nothing but stampless cards whose summaries print no full stop
(headline / longer summary line, card after card) gives its cards as teasers, not zero
articles; a page of bare headline links still gives none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 8, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FRONT = """\
Gazzetta del Lago
Cronaca
Sport
Como, chiusa la statale per una frana dopo le piogge della notte
I tecnici della provincia al lavoro da ore: la riapertura non prima di lunedì mattina
Lecco, il nuovo ospedale apre il reparto di pediatria
Venti posti letto e due sale operatorie, il primario arriva da Bergamo dopo dieci anni
Calcio, il Como batte il Verona e sale al sesto posto
Decide una rete di testa nel recupero, i tifosi festeggiano sul lungolago fino a tarda sera
"""


def test_cards_with_unstopped_summaries_are_teasers() -> None:
    drafts = split(FRONT)
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("related", "Como, chiusa la statale per una frana dopo le piogge della notte"),
        ("related", "Lecco, il nuovo ospedale apre il reparto di pediatria"),
        ("related", "Calcio, il Como batte il Verona e sale al sesto posto"),
    ]
    assert drafts[1].body.startswith("Venti posti letto")


LINKS = """\
Gazzetta del Lago
Pagina non trovata
Como, chiusa la statale per una frana
Lecco, apre il reparto di pediatria
Calcio, il Como batte il Verona
"""


def test_bare_headline_links_give_no_article() -> None:
    assert split(LINKS) == []
