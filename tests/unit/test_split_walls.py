"""The site's accented masthead over the day's date is no card: its host spells it without
the accents."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_sources import _own_site, _site_keys

FETCHED = datetime(2026, 2, 20, 8, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


# -- the site's masthead with accents: its host spells it without them


def test_a_masthead_is_the_own_site_whatever_its_accents() -> None:
    site = _site_keys("https://www.ladepechedulittoral.example/nantes/")
    assert _own_site("La Dépêche du Littoral", site)
    assert not _own_site("La Dépêche du Midi", site)  # another paper's name stays a source


def test_an_accented_masthead_over_the_days_date_is_no_card() -> None:
    """The masthead over the date read as a card took the page's story as its text."""
    page = """\
La Dépêche du Littoral
Jeudi 22 janvier 2026
Actualité
Sports
Le pont de Saint-Nazaire fermé deux nuits pour travaux
Le pont de Saint-Nazaire sera fermé à la circulation dans la nuit de mardi à mercredi, puis \
dans celle de mercredi à jeudi, pour le remplacement de joints de dilatation.
Une déviation par Nantes sera mise en place, a précisé le département de Loire-Atlantique, \
qui recommande d'éviter le secteur entre 21 heures et 6 heures.
"""
    drafts = split(page, "https://www.ladepechedulittoral.example/loire/44871")
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Le pont de Saint-Nazaire fermé deux nuits pour travaux")
    ]
