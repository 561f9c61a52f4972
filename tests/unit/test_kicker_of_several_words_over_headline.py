"""A kicker of a few words ("Dachzeile": "Hochwasser an der Elbe", "Élections au Conseil
d'État") stacked right over a longer headline, which stands over the standfirst and the
header's stamp, is no title: the headline next to the standfirst is."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_GERMAN = """Rheinblatt
Panorama
Hochwasser an der Elbe
Dresden sperrt die Altstadt für den Verkehr
Der Pegel steigt weiter. Die Stadt rechnet mit dem Höchststand am Donnerstag.
02.12.2026, 08.45 Uhr
Die Feuerwehr hat in der Nacht Sandsäcke entlang des Terrassenufers aufgeschichtet.
Anwohner der tiefer gelegenen Straßen wurden gebeten, ihre Keller zu räumen.
Der Krisenstab tagt am Mittag erneut im Rathaus."""

_FRENCH = """Le Quotidien
Genève
Élections au Conseil d’État
La candidate des Verts arrive en tête du premier tour
Elle devance le sortant de plus de deux mille voix. Un second tour aura lieu le 14 décembre.
Publié aujourd’hui à 19h02
La participation a atteint 41%, un chiffre stable par rapport à la dernière élection.
Les partis ont jusqu’à mardi pour déposer leurs listes pour le second tour."""


def _lead_title(text: str) -> str:
    page = RawPage(text=text, fetched_at=datetime(2026, 12, 2, 20, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    return lead.title


def test_a_german_dachzeile_over_the_headline_is_no_title() -> None:
    assert _lead_title(_GERMAN) == "Dresden sperrt die Altstadt für den Verkehr"


def test_a_french_kicker_over_the_headline_is_no_title() -> None:
    assert _lead_title(_FRENCH) == "La candidate des Verts arrive en tête du premier tour"


_CAPTION_UNDER_HEADLINE = """Harbour Gazette
Storm floods the harbour
Waves break over the sea wall at the old pier on Monday evening
The storm brought winds of up to 120 km/h to the coast overnight, the weather service said.
Ferries to the islands were cancelled until Tuesday morning.
Crews worked through the night to clear the roads along the front."""


def test_a_short_headline_over_a_longer_caption_stays_the_title() -> None:
    # must-stay: no stamp or byline under the text, so no header of kicker / headline / deck
    assert _lead_title(_CAPTION_UNDER_HEADLINE) == "Storm floods the harbour"
