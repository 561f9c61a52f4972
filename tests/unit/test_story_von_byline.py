"""A German portal's "Story von <author> • 2 Std." under a partner's headline is the
author's byline with its stamp (like "Story by", "Historia de"), no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_byline

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Nachrichtenportal
Regionales
Hochwasser: Pegel der Elbe steigt weiter an
Story von Petra Lindner • 3 Std.
In Dresden hat die Elbe am Morgen die Marke von sechs Metern überschritten, teilte die Stadt mit.
Die Feuerwehr hat entlang des Ufers mobile Schutzwände aufgebaut und mehrere Straßen gesperrt.
"""


def test_story_von_opens_a_byline() -> None:
    assert _is_byline("Story von Petra Lindner")


def test_the_story_von_line_is_no_source() -> None:
    lead = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))[0]
    assert lead.title.startswith("Hochwasser")
    assert lead.source is None
    assert lead.time_text is not None
