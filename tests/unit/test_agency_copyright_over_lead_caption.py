"""An agency's copyright printed above the lead picture's caption, right under the header's
stamp and share button ("© BELGA" / "Trucks on the dock road in the port." / text): the
copyright credits the caption under it, it is no footer ending the story, and the caption
leaves the body."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 29, 14, 0, tzinfo=UTC)

CAPTION = "Vrachtwagens op de Noorderlaan in de haven."

PAGE = f"""\
Nieuws
Regio
Lage-emissiezone breidt uit naar de haven: oude diesels vanaf maart niet meer welkom
Jan Peeters, Belga
zo 29 nov 2026 10:47
Delen
© BELGA
{CAPTION}
De lage-emissiezone wordt vanaf 1 maart uitgebreid naar het hele havengebied op de rechteroever.
Het stadsbestuur heeft beslist om de zone uit te breiden naar de volledige haven, zei de schepen.
"""


def test_the_copyright_credits_the_lead_caption_under_it() -> None:
    [article] = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert "uitgebreid naar het hele havengebied" in article.body
    assert CAPTION not in article.body
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, "BELGA")]
