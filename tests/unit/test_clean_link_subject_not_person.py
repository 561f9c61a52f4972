"""clean: a "Leggi anche" list's last link opening on a person's name that the paragraph
under it names too is one more link (related links share the story's people), not the
text's crosshead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 4, 7, tzinfo=UTC)

PAGE = """\
Cronaca
Sanità, il ministro annuncia un piano per le liste d'attesa
Il governo stanzierà nuovi fondi per ridurre i tempi delle visite negli ospedali pubblici.
Leggi anche
Ospedali, i sindacati proclamano lo sciopero dei medici
Liste d'attesa, le regioni chiedono più personale
Giorgia Meloni, vertice a Palazzo Chigi sulla sanità
Il piano sarà presentato a Giorgia Meloni entro la fine del mese, secondo fonti del ministero.
Le regioni avranno poi trenta giorni per indicare le priorità dei propri ospedali.
"""


def test_last_link_naming_a_person_goes() -> None:
    page = RawPage(text=PAGE, url="https://cronaca.example/", fetched_at=FETCHED)
    lines = clean_page(page).lines
    assert "Giorgia Meloni, vertice a Palazzo Chigi sulla sanità" not in lines
    assert any(line.startswith("Il piano sarà presentato a Giorgia Meloni") for line in lines)
