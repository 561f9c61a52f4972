"""A short article's own header, headline / standfirst without a full stop / date, over two
sentences of text keeps its headline: two paragraphs under a header that names no publisher
are a story's text, not a card's summary, so the headline is no kicker over the standfirst."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """A Bologna chiude per lavori la stazione delle corriere
I bus partiranno da piazza XX Settembre fino a marzo: il Comune ha pubblicato le nuove fermate
1 dicembre 2026
La stazione delle corriere di Bologna resterà chiusa da lunedì per il rifacimento della tettoia.
Secondo il Comune i cantieri dureranno circa quattro mesi e costeranno due milioni di euro."""


def test_the_headline_over_an_unstopped_standfirst_stays_the_title() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.title == "A Bologna chiude per lavori la stazione delle corriere"
    assert "I bus partiranno da piazza XX Settembre" in lead.body
