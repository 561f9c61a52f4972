"""A crosshead of the running text that names saving ("Wie Mieter beim Heizen sparen können")
under an ad slot's label left empty is the text's: an ad's copy names an amount or calls to
act now ("Jetzt … vergleichen"), a crosshead does neither."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

_TEXT = """Verbraucher
Stromanbieter erhöhen die Grundgebühr zum Jahreswechsel
Mehr als 200 Versorger haben für Januar höhere Grundpreise angekündigt, meldet ein Vergleichsportal.
Im Schnitt steigt die monatliche Gebühr um gut drei Euro, auch wenn der Arbeitspreis sinkt.
Advertentie
{under}
Wer seinen Verbrauch kennt, kann die Angebote besser vergleichen, raten die Verbraucherzentralen.
Ein Anbieterwechsel ist meist innerhalb von vier Wochen möglich, sagen die Fachleute."""


def _lines(under: str) -> tuple[str, ...]:
    page = RawPage(text=_TEXT.format(under=under), fetched_at=datetime(2026, 12, 1, tzinfo=UTC))
    return clean_page(page).lines


def test_a_crosshead_naming_saving_stays() -> None:
    assert "Wo Haushalte trotzdem sparen können" in _lines("Wo Haushalte trotzdem sparen können")


def test_the_ads_call_to_act_now_goes() -> None:
    assert "Jetzt Stromtarif vergleichen und sparen" not in _lines(
        "Jetzt Stromtarif vergleichen und sparen"
    )
