"""A headline quoting someone in French guillemets, a space inside them ("« … rien »"),
is a headline: under another headline in a list of bare titles it is no summary, so the
list stays navigation."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Le Journal
Monde
Budget : le gouvernement renonce à la hausse de la taxe sur les billets d’avion
Le texte sera présenté au conseil des ministres mercredi, sans la mesure contestée \
par les compagnies.
Publié aujourd’hui à 09h15
Grève à la SNCF : le trafic sera très perturbé jeudi sur les lignes régionales
Publié aujourd’hui à 07h40

Les plus lus
Pourquoi le prix du gaz va augmenter en janvier
« Je suis partie vivre à la campagne et je ne le regrette pas »
Retraites : ce qui change pour les indépendants en 2027
Mentions légales"""


def test_a_guillemet_headline_is_no_summary_of_the_title_above() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    titles = [article.title for article in process_page(page)]
    assert titles == [
        "Budget : le gouvernement renonce à la hausse de la taxe sur les billets d’avion",
        "Grève à la SNCF : le trafic sera très perturbé jeudi sur les lignes régionales",
    ]
