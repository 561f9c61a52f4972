"""A "Liveticker" item closing a menu over a front's first card (topic / headline /
summary / "vor 35 Min."), another chipped card under it: the label is no blog's, and the
headline's own topic counts as one chip of the list (``_own_card_chip``). A blog under a
label and a topic prints its entries' text under its stamp and stays one article."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 7, 30, tzinfo=UTC)

FRONT = """\
Nachrichtenportal
Suche
Top-Themen
Bundesliga
Wetter
Liveticker
Ukraine-Verhandlungen
Selenskyj reist zu Gesprächen nach Genf – Kreml schließt Treffen aus
Der ukrainische Präsident will in der Schweiz mit Vertretern der USA sprechen. Moskau spottet.
vor 35 Min.
Wintereinbruch
Bis zu 40 Zentimeter Neuschnee: Wetterdienst warnt vor Glätte im Süden
Vor allem im Allgäu und im Bayerischen Wald drohen am Montag erhebliche Behinderungen.
vor 2 Std.
Impressum
"""

BLOG = """\
Nachrichtenportal
Suche
Liveticker
Ukraine-Verhandlungen
Selenskyj reist zu Gesprächen nach Genf – Kreml schließt Treffen aus
vor 35 Min.
Der ukrainische Präsident ist in Genf gelandet. Er will dort mit Vertretern der USA sprechen.
vor 1 Std.
Moskau reagiert mit Spott auf die geplanten Gespräche in der Schweiz und schließt ein Treffen aus.
vor 2 Std.
Die Delegationen aus Europa sind bereits am Vormittag in Genf eingetroffen, heißt es aus Bern.
Impressum
"""


def test_menu_live_label_over_topic_card_gives_cards() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("related", "Selenskyj reist zu Gesprächen nach Genf – Kreml schließt Treffen aus"),
        ("related", "Bis zu 40 Zentimeter Neuschnee: Wetterdienst warnt vor Glätte im Süden"),
    ]


def test_blog_under_label_and_topic_stays_one_article() -> None:
    drafts = split_articles(clean_page(RawPage(text=BLOG, fetched_at=FETCHED)))
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Selenskyj reist zu Gesprächen nach Genf – Kreml schließt Treffen aus"),
    ]
