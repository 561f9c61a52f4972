"""A photographer's credit in the shapes papers print it: through a picture agency after the
caption's sentence ("… Name/AFP via Getty Images"), also glued to its full stop; a dash
credit after a state's initials in brackets ("… em Cuiabá (MT) - Name - date/Agency"); the
agency in brackets after a labelled photographer ("Foto: Name (Keystone)") or after a
photographer glued to the full stop ("… octubre.Name (Europa Press)")."""

import pytest

from streams.captions import split_credit


@pytest.mark.parametrize(
    ("paragraph", "text", "credit"),
    [
        (
            "Skiers queue for the lift at Breckenridge on Saturday. Ana Ruiz/AFP via Getty Images",
            "Skiers queue for the lift at Breckenridge on Saturday.",
            "Ana Ruiz/AFP via Getty Images",
        ),
        (
            "Firefighters at the warehouse in Dayton, Ohio, on Monday.Tom Berg / The Dayton"
            " Ledger via AP",
            "Firefighters at the warehouse in Dayton, Ohio, on Monday.",
            "Tom Berg / The Dayton Ledger via AP",
        ),
        (
            "Barcos parados no porto de Corumbá (MS) - Carla Dias - 12.out.2026/Folhapress",
            "Barcos parados no porto de Corumbá (MS)",
            "Carla Dias - 12.out.2026/Folhapress",
        ),
        (
            "Die neue Tramhaltestelle am Bahnhof Oerlikon. Foto: Martin Ruf (Keystone)",
            "Die neue Tramhaltestelle am Bahnhof Oerlikon.",
            "Martin Ruf (Keystone)",
        ),
        (
            "Obras en la estación de Atocha, en Madrid, el pasado lunes.Marta Gil (Europa Press)",
            "Obras en la estación de Atocha, en Madrid, el pasado lunes.",
            "Marta Gil (Europa Press)",
        ),
    ],
)
def test_a_photographers_credit_is_split_from_its_caption(
    paragraph: str, text: str, credit: str
) -> None:
    assert split_credit(paragraph) == (text, credit)


def test_a_sentence_naming_a_person_and_her_office_keeps_its_brackets() -> None:
    # (no photographer glued to a full stop: a space after it, an office, no agency)
    assert split_credit("Lo anunció ayer el organismo. Ana Gil (Agencia Tributaria)") is None
