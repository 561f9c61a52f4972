"""A German "Neueste Artikel" box of clock-stamped cards under an article's text opens a list
of teasers ([related-after-text]): the line over it (the sources box's last entry) is no
card's title, and each clock stays with the title under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


ARTICLE = """\
Nachrichten
Politik
Deutschlandticket wird teurer: Ab Januar kostet es 69 Euro
Von Anna Lehnert
01.12.2026 - 09:14 Uhr
Die Verkehrsminister von Bund und Ländern haben sich auf einen neuen Preis für das \
Deutschlandticket geeinigt. Ab Januar kostet das Abo im Monat 69 Euro statt bisher 63 Euro.
Die Länder hatten zuvor auf eine höhere Beteiligung des Bundes gedrängt. Der Bund sagte zu, \
seinen Anteil für zwei weitere Jahre zu garantieren.
Fahrgastverbände kritisierten die Erhöhung. Sie befürchten, dass vor allem Pendler auf dem \
Land wieder auf das Auto umsteigen.
Verwendete Quellen
Nachrichtenagentur dpa
Beschluss der Verkehrsministerkonferenz vom 30.11.2026
Neueste Artikel
10:12
Lawinengefahr in den Alpen steigt – Warnstufe 3 in Tirol
09:58
Bundestrainer nominiert zwei Neulinge für Länderspiele im März
Impressum
"""


def test_newest_articles_box_is_a_list_of_teasers() -> None:
    drafts = split(ARTICLE)
    assert [(draft.role, draft.title, draft.time_text) for draft in drafts[1:]] == [
        ("related", "Lawinengefahr in den Alpen steigt – Warnstufe 3 in Tirol", "10:12"),
        ("related", "Bundestrainer nominiert zwei Neulinge für Länderspiele im März", "09:58"),
    ]
    assert drafts[0].role == "lead"
