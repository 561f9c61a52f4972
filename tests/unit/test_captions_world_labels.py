"""captions: Finnish picture labels ("Kuvat:", "Kuvaaja:", "Kuvituskuva:"), Italian "Credit
foto:" and Portuguese "Foto ilustrativa:", as data; the nouns a sentence may open a clause
with before a colon stay text."""

import pytest

from streams.captions import split_credit

CAPTION = "Mielenosoittajat kokoontuivat eduskuntatalon eteen lauantaina iltapäivällä."


@pytest.mark.parametrize(
    ("label", "credit"),
    [
        ("Kuvat: Lehtikuva", "Lehtikuva"),
        ("Kuvaaja: Jussi Nukari", "Jussi Nukari"),
        ("Kuvituskuva: Lehtikuva", "Lehtikuva"),
        ("Credit foto: Ansa", "Ansa"),
        ("Foto ilustrativa: Reuters", "Reuters"),
    ],
)
def test_label_credits_the_caption(label: str, credit: str) -> None:
    assert split_credit(f"{CAPTION} {label}") == (CAPTION, credit)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Seit 2010 arbeitet er als Fotograf: Zuerst für Zeitungen, dann für Agenturen.",
        "O presidente falou. Crédito: o governo recebeu nova linha de crédito",
        "Der Streit um die Bildrechte: Wer darf die Fotos nutzen?",
        "Hän työskenteli pitkään lehdessä. Kuvaaja ja toimittaja jäivät eläkkeelle.",
    ],
)
def test_sentences_with_a_label_word_stay_text(paragraph: str) -> None:
    assert split_credit(paragraph) is None
