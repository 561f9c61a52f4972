"""Spanish desks printed as a card's chip between its stamp and its title ("hace 5 horas" /
"Mundo" / title): "Mundo", "Internacional", "Policiales", "Espectáculos" are section names,
so the chip joins the stamp's card and the title under it is found."""

from streams.boilerplate import is_section_name


def test_spanish_desks_are_section_names() -> None:
    for chip in ("Mundo", "Internacional", "Policiales", "Espectáculos", "MUNDO"):
        assert is_section_name(chip), chip


def test_a_headline_naming_the_world_is_none() -> None:
    assert not is_section_name("El mundo mira a Buenos Aires")
