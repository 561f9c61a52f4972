"""A fil info whose cards print clock / chip / title (/ summary) under a slogan heading that
opens its block ("Toutes les nouvelles de la journée" / "14h20" / "Justice" / title): its
last clock heads a chip and a title too, so the clocks head the cards under them. Read title
first (the slogan over the first clock taken for a title), every title got the clock of the
card under it and the slogan became a card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.journal.example.be/fil/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


FIL = """\
Le Journal
Belgique
Monde
Sports

Toutes les nouvelles de la journée
14h20
Justice
Le procès du braquage de Charleroi reporté au mois de mai
La défense avait demandé un délai supplémentaire pour étudier les nouvelles expertises.
13h55
Mobilité
Travaux sur le ring de Bruxelles : trois bretelles fermées ce week-end
13h30
Économie
Les prix de l'énergie repartent à la hausse en mars
Le gaz augmente de six pour cent sur un mois, selon le régulateur.
13h02
Football
Le Standard s'impose à Genk et recolle au peloton de tête
Voir plus
"""


def test_last_clock_over_chip_and_title_heads_the_cards() -> None:
    stamped = [(draft.title, draft.time_text) for draft in split(FIL)]
    assert stamped == [
        ("Le procès du braquage de Charleroi reporté au mois de mai", "14h20"),
        ("Travaux sur le ring de Bruxelles : trois bretelles fermées ce week-end", "13h55"),
        ("Les prix de l'énergie repartent à la hausse en mars", "13h30"),
        ("Le Standard s'impose à Genk et recolle au peloton de tête", "13h02"),
    ]
