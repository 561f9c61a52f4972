"""A rail heading of "more" and a section's name ("Meer Economie", "More Politics") over a
card's title is no publisher: the card keeps no source rather than a wrong one."""

from streams.boilerplate import is_more_of_section
from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE_AND_SECTION_RAIL = (
    "Economie\n"
    "Haven van Rotterdam slaat minder containers over door zwakke vraag uit Azië\n"
    "zaterdag 14 november 2026, 10:20\n"
    "ANP\n"
    "De haven van Rotterdam heeft in het derde kwartaal minder containers overgeslagen dan"
    " een jaar eerder. Dat meldt het havenbedrijf zaterdag.\n"
    "Vooral de vraag uit China en Zuid-Korea bleef achter bij de verwachtingen.\n"
    "Het havenbedrijf verwacht pas volgend jaar herstel.\n"
    "Meer Economie\n"
    "Pensioenfondsen beleggen meer in woningbouw\n"
    "2 uur geleden\n"
)


def test_more_and_a_section_name_is_a_rail_heading() -> None:
    assert is_more_of_section("Meer Economie")
    assert is_more_of_section("More Politics")


def test_the_rail_heading_is_no_source_of_the_card_under_it() -> None:
    card = process_page(RawPage(text=ARTICLE_AND_SECTION_RAIL))[-1]
    assert (card.title, card.source) == ("Pensioenfondsen beleggen meer in woningbouw", None)


def test_must_stay_more_and_other_words() -> None:
    assert not is_more_of_section("Meer regen verwacht")
    assert not is_more_of_section("Economie")
