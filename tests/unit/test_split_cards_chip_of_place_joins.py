"""A region's chip under a card's stamp ("Ribeirão Preto e Franca", "Vale do Paraíba") joins
its capitalised words with a name's particles or "and"; a short headline's lower-case verb or
preposition ("Biden won Georgia", "Rain hit Leeds") makes no chip."""

from streams.split_cards import _chip_of_capitals


def test_a_place_name_joined_by_particles_or_and_is_a_chip() -> None:
    assert _chip_of_capitals("Ribeirão Preto e Franca")
    assert _chip_of_capitals("Vale do Paraíba")
    assert _chip_of_capitals("Vale do Rio Doce e Serra")


def test_a_short_headline_with_a_lower_case_verb_is_no_chip() -> None:
    assert not _chip_of_capitals("Biden won Georgia")
    assert not _chip_of_capitals("Rain hit Leeds")
    assert not _chip_of_capitals("Fans say Goodbye")
