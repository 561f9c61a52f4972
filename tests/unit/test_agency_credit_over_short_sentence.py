"""An agency's © credit under a caption in the middle of the text ("© ANP") is the
picture's credit even when the paragraph under it is a short sentence: the text goes on
under it, so it is no copyright footer and nothing under it is lost."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Binnenland
Politiek
Provincies krijgen meer geld voor onderhoud van dijken
Het Rijk trekt de komende vier jaar 300 miljoen euro extra uit voor waterkeringen.
Door onze redacteur
02-12-26, 07:30
Het kabinet heeft dinsdag besloten de provincies extra geld te geven voor het dijkonderhoud.
Een dijkwerker controleert de waterkering bij Zwolle.
© ANP
De Unie van Waterschappen reageert voorzichtig positief.
Volgens de waterschappen is jaarlijks het dubbele nodig om alle dijken op orde te houden."""


def test_the_text_under_an_agency_credit_over_a_short_sentence_goes_on() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 9, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "voorzichtig positief" in lead.body
    assert "jaarlijks het dubbele" in lead.body
    assert "Een dijkwerker controleert" not in lead.body
    assert [caption.credit for caption in lead.captions] == ["ANP"]
