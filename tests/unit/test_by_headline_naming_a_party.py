"""split_page: a headline that opens with "Por qué" / "Por que" ("why") is no byline, even
when it names a party or a place ("Por qué Vox no apoyará (aún) los presupuestos"); a
byline's words after "Por" are a name ("Por la redacción de EL PAÍS")."""

import pytest

from streams.split_page import _by_headline


@pytest.mark.parametrize(
    "line",
    [
        "Por qué Vox no apoyará (aún) los presupuestos regionales",
        "Por que o Brasil não cresce como a Argentina",
    ],
)
def test_lower_case_headline_naming_a_party_is_no_byline(line: str) -> None:
    assert _by_headline(line)


@pytest.mark.parametrize(
    "line", ["Por la redacción de EL PAÍS", "Von der Leyen fordert mehr Geld", "By staff reporters"]
)
def test_byline_shapes_stay_bylines(line: str) -> None:
    assert not _by_headline(line)
