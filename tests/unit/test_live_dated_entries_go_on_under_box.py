"""A box of links between a live blog's entries ("Mehr zum Thema" / two headlines) whose
entries print a date and a clock ("30.11.2026 • 13:05 Uhr"): the entry under the box, its
stamp printed as the ones above it, is the blog's, no card under the box's heading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)

PAGE = """\
Startseite
Inland
Liveblog
Streik im Nahverkehr
++ Busse und Bahnen stehen in ganz Bayern still ++
Stand: 30.11.2026 16:05 Uhr
Der Warnstreik im öffentlichen Nahverkehr hat am Montag Busse und Bahnen in ganz Bayern zum Stillstand gebracht.
30.11.2026 • 15:10 Uhr
Verkehrsministerin ruft zu Gesprächen auf
Die Verkehrsministerin hat beide Seiten aufgefordert, noch in dieser Woche wieder zu verhandeln.
30.11.2026 • 13:05 Uhr
Pendler in München stark betroffen
In München fahren weder U-Bahn noch Tram, die S-Bahn nur im Stundentakt.
Mehr zum Thema
Warum der Tarifstreit so verfahren ist
Was Fahrgäste jetzt wissen müssen
30.11.2026 • 11:30 Uhr
Nur jede dritte S-Bahn fährt
Nach Angaben der Bahn fährt am Vormittag nur jede dritte S-Bahn im Großraum München.
30.11.2026 • 06:02 Uhr
Warnstreik hat begonnen
Um 3 Uhr hat der Warnstreik begonnen. Der Ausstand soll bis Dienstag um 3 Uhr dauern.
"""  # noqa: E501


def test_the_entry_under_the_box_is_the_blog_s() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "++ Busse und Bahnen stehen in ganz Bayern still ++"
    ]
    assert "Nur jede dritte S-Bahn fährt" in drafts[0].body
    assert "Der Ausstand soll bis Dienstag um 3 Uhr dauern." in drafts[0].body
