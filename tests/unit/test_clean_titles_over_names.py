"""clean: under a links heading ("À lire aussi"), headlines each printed over a short name
("Le Parisien" / headline / "AFP" / "il y a 3 h") are teaser cards with their publishers
(README: a title and a source line is a teaser), not bare links. Must-stay: bare headline
links under the same heading still go."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)


def cleaned(text: str) -> list[str]:
    return [line for line in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines if line]


ARTICLE = (
    "Grève à la SNCF : un TGV sur deux annoncé jeudi sur l'axe Sud-Est\n"
    "Un TGV sur deux circulera jeudi sur l'axe Sud-Est, a annoncé mardi la SNCF, à la veille "
    "d'un mouvement social lancé par quatre syndicats de cheminots.\n"
    "La direction a précisé que le trafic serait quasi normal sur les lignes Atlantique et "
    "Nord, mais très perturbé vers Lyon et Marseille.\n"
    "À lire aussi\n"
)


def test_titles_over_publishers_under_a_links_heading_stay_cards() -> None:
    lines = cleaned(
        ARTICLE + "Grève SNCF : quels sont vos droits en cas de train annulé ?\n"
        "Le Parisien\n"
        "Aérien : les contrôleurs aériens renoncent à leur préavis de grève\n"
        "AFP\n"
        "il y a 3 h\n"
    )
    assert "Grève SNCF : quels sont vos droits en cas de train annulé ?" in lines
    assert "Le Parisien" in lines


def test_bare_links_under_a_links_heading_still_go() -> None:
    lines = cleaned(
        ARTICLE + "Grève SNCF : quels sont vos droits en cas de train annulé ?\n"
        "Aérien : les contrôleurs aériens renoncent à leur préavis de grève\n"
        "Réforme des retraites des cheminots : ce qui change\n"
    )
    assert "Grève SNCF : quels sont vos droits en cas de train annulé ?" not in lines
    assert "Réforme des retraites des cheminots : ce qui change" not in lines
