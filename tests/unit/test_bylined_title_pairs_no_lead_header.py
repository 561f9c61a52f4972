"""A home page's cards that print only a title and its author ("di …"), one pair under the
other, are a list (README: a title with only a byline is navigation): the first pair is no
lead's header that takes the next cards as its text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Il Quotidiano
Cronaca
Sport
Sanità, le liste d'attesa si allungano in tre regioni
di Marco Ferrante
Calcio, la Nazionale cambia modulo: «Serve più coraggio»
di Giulia Santoro
Treni, sciopero nazionale venerdì per otto ore
I sindacati chiedono il rinnovo del contratto scaduto da due anni e nuove assunzioni.
30 novembre 2026
I più letti
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_title_and_author_pairs_head_no_lead() -> None:
    drafts = split(PAGE)
    titles = [d.title for d in drafts]
    assert "Sanità, le liste d'attesa si allungano in tre regioni" not in titles
    assert not any("Nazionale cambia modulo" in d.body for d in drafts)
