"""A headline opened by a low opening quote (German „…“, ‚…‘) is title-like, as one opened
by “ or « is. Before, „ kept it from any title, and the first question of an interview
under it was read as the headline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
HEADLINE = "„Wir bauen keine Schlösser“: Ein Gespräch mit dem Architekten Jonas Feld"
INTERVIEW = (
    f"Gesellschaft\n{HEADLINE}\nVon Clara Wendt\n27.11.2026, 18:30 Uhr\n"
    "Jonas Feld plant seit zwanzig Jahren Wohnhäuser aus Holz. Jetzt baut er eine ganze "
    "Siedlung am Stadtrand.\n"
    "Wir haben ihn auf der Baustelle besucht und über Kosten und Nachbarn gesprochen.\n"
    "Herr Feld, warum Holz?\n"
    "Weil es schneller geht und weil die Leute gern darin wohnen. Das hören wir jeden Tag.\n"
    "Was kostet eine Wohnung?\n"
    "Etwa so viel wie im Neubau aus Beton, manchmal sogar weniger.\n"
)


def test_low_quote_opens_a_title() -> None:
    assert _is_title(HEADLINE)
    assert _is_title("‚Genug ist genug‘: Anwohner wehren sich gegen den Neubau")


def test_interview_headline_in_low_quotes_is_the_lead_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=INTERVIEW, fetched_at=FETCHED)))
    assert drafts[0].title == HEADLINE
    assert drafts[0].time_text is not None
