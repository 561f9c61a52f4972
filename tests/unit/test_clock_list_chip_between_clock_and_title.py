"""A list of clock-stamped cards whose cards print a chip between their clock and their title
("10:12" / "Panorama" / title / "09:58" / "Sport" / title): a morning clock there is the next
card's stamp, no video's length under the title above it. A medium's label in the chip's
place ("02:10" / "Video" / title) keeps a video rail's lengths lengths."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CLOCK_LIST = """\
Nachrichten
Mehr zum Thema
Bahn streicht Sprinter-Verbindungen zwischen Berlin und München
vor 3 Std.
Neueste Artikel
10:12
Panorama
Lawinengefahr in den Alpen steigt – Warnstufe 3 in Tirol
09:58
Sport
Bundestrainer nominiert zwei Neulinge für Länderspiele im März
09:41
Politik
Koalition streitet über den Haushalt für das kommende Jahr
Impressum
"""


def test_chipped_clock_list_keeps_every_card() -> None:
    drafts = split(CLOCK_LIST)
    assert [(draft.title, draft.time_text) for draft in drafts[1:]] == [
        ("Lawinengefahr in den Alpen steigt – Warnstufe 3 in Tirol", "10:12"),
        ("Bundestrainer nominiert zwei Neulinge für Länderspiele im März", "09:58"),
        ("Koalition streitet über den Haushalt für das kommende Jahr", "09:41"),
    ]


VIDEO_RAIL = """\
Nachrichten
Mehr zum Thema
Bahn streicht Sprinter-Verbindungen zwischen Berlin und München
vor 3 Std.
Videos
03:12
Video
Schneechaos in Bayern: Lkw stecken auf der A8 fest
02:10
Video
Polizei stoppt Raser mit 210 km/h auf der B27
Impressum
"""


def test_video_label_between_length_and_title_is_no_chip() -> None:
    titles = [draft.title for draft in split(VIDEO_RAIL)]
    assert "Polizei stoppt Raser mit 210 km/h auf der B27" not in titles


TOPIC_VIDEO_RAIL = """\
Winterdienst in Leipzig startet mit 40 neuen Streufahrzeugen
30.11.2026, 17:20 Uhr
Der Winterdienst in Leipzig ist am Sonntag mit 40 zusätzlichen Streufahrzeugen gestartet.
Nach Angaben der Stadtreinigung sollen Hauptstraßen künftig schneller geräumt sein.
Videos
02:10
Fußball
Lok Leipzig gewinnt Derby vor ausverkauftem Haus
01:45
Wetter
Erster Schnee im Erzgebirge sorgt für Glätte
03:05
Verkehr
Stau auf der A14 nach Unfall mit Lastwagen
Impressum
"""


def test_topic_chip_under_a_short_clip_length_is_no_list_chip() -> None:
    """A video rail's topic chip under a length of a few minutes ("02:10" / "Fußball" /
    title / "01:45"): the lengths under the titles stay lengths (auditor R101's probe)."""
    titles = [draft.title for draft in split(TOPIC_VIDEO_RAIL)]
    assert "Erster Schnee im Erzgebirge sorgt für Glätte" not in titles
    assert "Stau auf der A14 nach Unfall mit Lastwagen" not in titles
