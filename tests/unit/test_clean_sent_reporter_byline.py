"""clean: an Italian byline naming the reporter the paper sent ("dal nostro inviato Name",
"dalla nostra corrispondente Name") under a standfirst without a full stop: a byline, not
the standfirst's last words."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Cronaca\n"
    "Alluvione in Emilia, riaprono le prime scuole\n"
    "I sindaci chiedono fondi alla Regione. Le lezioni riprendono in venti comuni\n"
    "dalla nostra inviata Giulia Ferrante\n"
    "28 Novembre 2026 alle 09:40\n"
    "BOLOGNA – Dopo dieci giorni di chiusura riaprono oggi le prime scuole della provincia.\n"
    "I sindaci chiedono alla Regione fondi per ripulire le palestre ancora allagate.\n"
)


def test_a_sent_reporters_byline_leaves_the_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Giulia Ferrante" not in body
    assert "riaprono oggi" in body and "palestre ancora allagate" in body
