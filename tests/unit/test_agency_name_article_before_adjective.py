"""Auditor B's B-6: an agency's name with its word before its adjective, after an article
("La Presse Canadienne"), on its own line under the reporter's name in the header, is the
article's source like "The Canadian Press"; the funding note on the report under its text
("Ce reportage a été produit avec l'aide financière de …") is the site's, no text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(
        text=text, url="https://www.quotidien.example.ca/actualites/", fetched_at=FETCHED
    )
    return split_articles(clean_page(page))


NOTE = (
    "Ce reportage a été produit avec l'aide financière du Fonds régional de journalisme "
    "pour les nouvelles locales."
)
PAGE = (
    "Le port de Trois-Rivières lance un appel d'offres pour un nouveau quai\n"
    "Le projet de 90 millions de dollars doit doubler la capacité d'accueil des navires\n"
    "Sophie Gagnon\n"
    "La Presse Canadienne\n"
    "Publié le 3 juin 2026 à 10 h 15 HNE\n"
    "TROIS-RIVIÈRES — Le port de Trois-Rivières a lancé mercredi un appel d'offres pour la "
    "construction d'un nouveau quai en eau profonde, un projet évalué à 90 millions de dollars.\n"
    "Les travaux doivent commencer au printemps 2027 et durer deux ans, selon la direction du "
    "port, qui espère accueillir des navires plus gros dès la saison 2029.\n" + NOTE + "\n"
)


def test_an_agency_named_article_first_is_the_source() -> None:
    assert split(PAGE)[0].source == "La Presse Canadienne"


def test_a_funding_note_on_the_report_under_its_text_goes() -> None:
    body = split(PAGE)[0].body
    assert NOTE not in body
    assert "Les travaux doivent commencer au printemps 2027" in body
