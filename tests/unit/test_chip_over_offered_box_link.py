"""A one-word chip over the one link of an in-text box offering a story ("Mehr zum Thema"
/ chip / link, perhaps the link's byline) is the box's: the text goes on under it, one
lead keeps its last paragraphs (README: a bare link, or a link with a byline, is
navigation)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Hamburger Blatt
Wirtschaft
Hafen
Containerumschlag fällt auf Zehnjahrestief
Im dritten Quartal gingen fast vier Prozent weniger Boxen über die Kaikanten. Die Reeder weichen nach Rotterdam aus.
30. November 2026, 8:40 Uhr
Von Jana Keller
Der Hamburger Hafen hat im dritten Quartal so wenig umgeschlagen wie seit zehn Jahren nicht. Nur Bremerhaven schnitt noch schlechter ab.
Die Hafenwirtschaft verweist auf die schwache Konjunktur.
Mehr zum Thema
Elbvertiefung
Baggerarbeiten: Was die Fahrrinne gebracht hat
{0}Reedereien fordern nun niedrigere Gebühren für große Schiffe, die den Hafen nur teilweise beladen anlaufen.
Der Senat berät am Dienstag über die Zahlen.
Zur HB-Startseite
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_chip_over_the_box_link_leaves_one_lead_with_its_text() -> None:
    drafts = split(PAGE.format(""))
    assert [d.title for d in drafts] == ["Containerumschlag fällt auf Zehnjahrestief"]
    assert "Gebühren für große Schiffe" in drafts[0].body
    assert "Fahrrinne" not in drafts[0].body
    assert "Elbvertiefung" not in drafts[0].body


def test_a_byline_under_the_chipped_box_link_goes_with_it() -> None:
    drafts = split(PAGE.format("Von Peter Sommer\n"))
    assert [d.title for d in drafts] == ["Containerumschlag fällt auf Zehnjahrestief"]
    assert "am Dienstag über die Zahlen" in drafts[0].body
    assert "Peter Sommer" not in drafts[0].body
