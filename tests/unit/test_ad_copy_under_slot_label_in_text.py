"""An ad slot's label inside the running text ("Anzeige") over a line of the ad's copy naming
its offer ("… entdecken – bis zu 30 % sparen") loses that line with the label; a crosshead
under the label names no offer and stays the text's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

_TEXT = """Wirtschaft
Heizkosten: Gaspreise für Neukunden sinken deutlich
Die Versorger geben die niedrigeren Einkaufspreise langsam an ihre Kunden weiter.
Die Preise für Neukunden sind im November im Schnitt um zwölf Prozent gesunken.
Bestandskunden zahlen dagegen oft noch die Tarife aus dem Vorjahr, weil ihre Verträge länger laufen.
Anzeige
{under}
Verbraucherschützer raten, die eigene Rechnung genau zu prüfen und gegebenenfalls zu kündigen.
Ein Wechsel ist in der Regel mit einer Frist von einem Monat möglich, sagen die Fachleute."""


def _lines(under: str) -> tuple[str, ...]:
    page = RawPage(text=_TEXT.format(under=under), fetched_at=datetime(2026, 12, 1, tzinfo=UTC))
    return clean_page(page).lines


def test_the_ads_offer_under_its_label_goes() -> None:
    lines = _lines("Jetzt Gastarif vergleichen – bis zu 30 % sparen")
    assert "Jetzt Gastarif vergleichen – bis zu 30 % sparen" not in lines
    assert any(line.startswith("Verbraucherschützer raten") for line in lines)


def test_a_crosshead_under_the_label_stays() -> None:
    assert "Was Bestandskunden tun können" in _lines("Was Bestandskunden tun können")
