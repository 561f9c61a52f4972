"""In a live blog an entry's picture has its caption and the agency's copyright ("© BELGA
PHOTO NAME") under the entry's text, and the next entry's bare clock under the credit: the
copyright credits the caption, it is no footer ending the blog; the later entries stay."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)

PAGE = """\
Nieuws
Live
Storm trekt over het land: volg hier de laatste ontwikkelingen
Het weerinstituut houdt code oranje aan tot vanavond. Volg hier de laatste ontwikkelingen.
Bijgewerkt ma 30 nov 2026 - 14:48
14:48
De brandweer kreeg sinds de ochtend al meer dan 900 oproepen voor omgewaaide bomen.
14:32
Treinverkeer tussen twee steden onderbroken
Door een omgevallen boom op de bovenleiding rijden er geen treinen meer tot vanavond.
Een omgevallen boom op de spoorlijn bij het station, vanmiddag.
© BELGA PHOTO JAN JANSSENS
12:47
Stadspark afgesloten
De stad heeft het park afgesloten nadat een deel van een tent was weggewaaid bij de markt.
11:10
Het weerinstituut verhoogt de waarschuwing naar code oranje voor het hele land en de kust.
"""


def test_the_agency_copyright_over_the_next_entry_credits_the_caption() -> None:
    [article] = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert "Stadspark afgesloten" in article.body
    assert "Een omgevallen boom op de spoorlijn" not in article.body
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        (
            "Een omgevallen boom op de spoorlijn bij het station, vanmiddag.",
            "BELGA PHOTO JAN JANSSENS",
        )
    ]
