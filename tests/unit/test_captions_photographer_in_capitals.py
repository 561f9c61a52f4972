"""A photographer's name alone in capitals after a caption's one sentence ("… en una imagen
de archivo. ANA RUIZ") is its credit when the name opens on a known first name; a desk's
initials ("PTI ABC XYZ"), a link in capitals ("LEARN MORE") or a name after a story's
sentences are none."""

import pytest

from streams.captions import split_credit


def test_a_photographers_name_in_capitals_credits_the_caption() -> None:
    assert split_credit(
        "Obras en la estación de Atocha, en Madrid, en una imagen de archivo. ANA RUIZ"
    ) == ("Obras en la estación de Atocha, en Madrid, en una imagen de archivo.", "ANA RUIZ")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The state will release its share of the funds for the metro line. PTI ABC XYZ",
        "Get the latest market data on the terminal before anyone else. LEARN MORE",
        "El Gobierno aprobó el decreto ayer. La oposición lo recurrirá. ANA RUIZ",
    ],
)
def test_other_capitals_after_a_sentence_are_no_credit(paragraph: str) -> None:
    assert split_credit(paragraph) is None


def test_a_first_name_with_another_accent_than_the_lists_is_known() -> None:
    # (Catalan "Mònica": the list spells it "Mónica" or "Monica")
    assert split_credit("Voluntarios limpian el barro en una calle de Paiporta. MÒNICA VIDAL") == (
        "Voluntarios limpian el barro en una calle de Paiporta.",
        "MÒNICA VIDAL",
    )
