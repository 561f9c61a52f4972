"""split: a transport section's name over a card's title ("Mobilité", "Mobilität",
"Movilidad") is the card's chip, no source, in a list whose card before prints its agency
under its title."""

from datetime import UTC, datetime

from streams.boilerplate import is_section_name
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def test_mobility_sections_are_section_names() -> None:
    assert all(is_section_name(name) for name in ("Mobilité", "Mobilität", "Movilidad"))


PAGE = (
    "Les syndicats de la STIB annoncent une grève pour le 12 décembre\n"
    "Publié le 30 novembre 2026 à 09:10\n"
    "Les syndicats de la société de transport bruxelloise ont déposé un préavis de grève "
    "pour le 12 décembre, a annoncé la direction dimanche matin.\n"
    "Selon la direction, seules quelques lignes de métro seront assurées ce jour-là. Les "
    "trams et les bus resteront au dépôt.\n"
    "Les syndicats protestent contre le nouveau plan d'économies présenté en octobre.\n"
    "À lire aussi\n"
    "Budget bruxellois : ce qui change pour les ménages en 2027\n"
    "Belga\n"
    "il y a 4 heures\n"
    "Mobilité\n"
    "Le tunnel Léopold II fermé deux nuits pour des travaux d'entretien\n"
    "Les automobilistes sont invités à contourner le centre par la petite ceinture.\n"
    "hier\n"
)


def test_a_mobility_chip_is_no_source() -> None:
    # must-stay: the card keeps no source (the section list now names the chip as well)
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = next(d for d in drafts if d.title.startswith("Le tunnel Léopold II"))
    assert card.source is None
