"""A person's name alone on its line is a byline's name (``clean._byline_name``) whose first
word is a known first name: a name ends on a capitalised word, so a line ending on a particle
("Anne de", a cut-off line) is no name; a byline's label before the name is no name alone."""

from streams.clean import _person_name


def test_a_name_with_particles_is_a_person_name() -> None:
    assert _person_name("Anne de Vries")


def test_a_line_ending_on_a_particle_is_no_person_name() -> None:
    assert not _person_name("Anne de")


def test_a_byline_with_its_label_is_no_person_name_alone() -> None:
    assert not _person_name("By Anne Lee")


def test_a_crosshead_is_no_person_name() -> None:
    assert not _person_name("Ministry answers critics")
