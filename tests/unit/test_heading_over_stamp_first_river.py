"""A short heading over a river that prints each stamp over its title ("Nachrichten aus
der Region" / "vor 5 Min." / title / …), the last title with no stamp under it: the heading
is no card's title, each stamp heads the title under it, and the last story is kept."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Startseite
Region
Sport
Kultur
Nachrichten aus der Region
vor 5 Min.
Hochwasser: Pegel an der Weser steigt weiter an
vor 40 Min.
Stadtrat stimmt für neues Radwegenetz in der Innenstadt
vor 2 Std.
Brand in Lagerhalle: Feuerwehr mit Großaufgebot im Einsatz
Alle Meldungen
"""


def test_each_stamp_heads_the_title_under_it() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Hochwasser: Pegel an der Weser steigt weiter an", "vor 5 Min."),
        ("Stadtrat stimmt für neues Radwegenetz in der Innenstadt", "vor 40 Min."),
        ("Brand in Lagerhalle: Feuerwehr mit Großaufgebot im Einsatz", "vor 2 Std."),
    ]
