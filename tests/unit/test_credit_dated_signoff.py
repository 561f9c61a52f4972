"""A bracket with a date closing an article's last paragraph ("… an. (Name, 1.12.2026)",
"(APA, 01.12.2026)") is the article's sign-off, not a photo credit: no picture's credit
prints the day, so the paragraph stays in the body."""

from datetime import UTC, datetime

from streams.captions import split_credit
from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Inland
Hochwasser: Feuerwehr räumt Keller in Krems
In der Wachau stehen nach dem Starkregen Dutzende Häuser unter Wasser.
1. Dezember 2026, 09:40
Die Donau hat in der Nacht die Hochwassermarke überschritten, Straßen wurden gesperrt.
Mehr als 200 Einsatzkräfte pumpten bis zum Morgen Keller in der Altstadt aus.
Der Bürgermeister rechnet mit Schäden in Millionenhöhe. (Eva Gruber, 1.12.2026)"""


def test_a_dated_signoff_is_no_credit() -> None:
    assert split_credit("Der Prozess beginnt im März. (APA, 01.12.2026)") is None


def test_an_agency_in_brackets_is_still_a_credit() -> None:
    assert split_credit("Rettungskräfte vor dem Haus in Krems. (APA)") is not None


def test_the_signed_off_paragraph_stays_in_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "Schäden in Millionenhöhe" in lead.body
