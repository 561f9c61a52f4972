"""Captions credited to an agency: a known agency's name in brackets in any case ("(ansa)"),
an agency's copyright with the picture's kind and photographer ("© BELGA PHOTO NAME"), and
a caption with its "© AGENCY" line right under the header's stamp and share buttons, where
the picture opens the text. A kicker over the caption leaves it to the lead's search."""

from datetime import UTC, datetime

from streams.captions import split_credit
from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
URL = "https://www.example-agency.example/economia/prezzi"


def test_a_lower_case_agency_in_brackets_credits_the_caption() -> None:
    line = "Il ponte della Costituzione chiuso per lavori (ansa)"
    assert split_credit(line) == ("Il ponte della Costituzione chiuso per lavori", "ansa")


def test_an_agency_copyright_with_its_photographer_is_a_credit() -> None:
    assert split_credit("© BELGA PHOTO JAN DE VRIES") == ("", "BELGA PHOTO JAN DE VRIES")


def test_must_stay_an_agency_copyright_with_a_year_is_no_credit() -> None:
    assert split_credit("© ANSA 2026") is None


PAGE = """\
Economia
Prezzi dei carburanti in calo per la terza settimana
Redazione
4 maggio 2026, 09:40
{over}
Stampa
Un distributore di benzina alla periferia di Torino
© ANSA
(ANSA) - TORINO, 4 MAG - I prezzi di benzina e gasolio scendono per la terza settimana di \
fila, secondo i dati del ministero pubblicati oggi.
Il calo segue quello del greggio sui mercati internazionali, spiegano gli analisti.
"""


def lines(over: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=PAGE.format(over=over), url=URL, fetched_at=FETCHED)).lines


def test_an_agency_copyright_under_a_caption_under_the_stamp_and_buttons_is_kept() -> None:
    kept = lines("Condividi")
    assert "© ANSA" in kept
    assert "Un distributore di benzina alla periferia di Torino" in kept


def test_must_stay_a_kicker_over_the_buttons_leaves_the_credit_to_the_lead() -> None:
    assert "© ANSA" not in lines("NEWS\nCondividi")
