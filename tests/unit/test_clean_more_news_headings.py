"""clean: "Altre notizie", "Mais notícias" alone ("more news", as "Weitere Nachrichten",
"Más noticias") are headings over a block of teasers, not lines to drop: the heading's mark
parts the list from the line over it, so a bare link over it does not take the list's first
stamp."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_more_news_headings_are_related_headings() -> None:
    assert classify("Altre notizie") is Kind.RELATED
    assert classify("Mais notícias") is Kind.RELATED


def test_list_under_altre_notizie_keeps_its_own_stamps() -> None:
    drafts = split(
        "Notizie\nCronaca\nPolitica\n"
        "Sciopero dei treni, a Milano metro chiusa fino alle 18\n"
        "Redazione\n"
        "28 novembre 2026 ore 09:15\n"
        "I sindacati hanno confermato lo sciopero di otto ore per il personale delle ferrovie. "
        "Le fasce di garanzia sono previste dalle 6 alle 9 e dalle 18 alle 21.\n"
        "In città la metropolitana resterà chiusa per tutta la mattina, con bus sostitutivi "
        "sulle linee principali. Il Comune consiglia di evitare gli spostamenti in auto.\n"
        "LEGGI ANCHE\n"
        "Trasporti, le nuove tariffe dei treni regionali\n"
        "Altre notizie\n"
        "Agenzia Nord · 2 ore fa\n"
        "Nebbia in pianura, chiusi due tratti dell'autostrada A4\n"
        "Gazzetta del Lago · ieri\n"
        "Como, riapre la funicolare per Brunate dopo i lavori\n"
    )
    stamps = {draft.title: draft.time_text for draft in drafts}
    assert stamps.get("Nebbia in pianura, chiusi due tratti dell'autostrada A4") == "2 ore fa"
    assert stamps.get("Como, riapre la funicolare per Brunate dopo i lavori") == "ieri"
