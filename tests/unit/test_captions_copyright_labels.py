"""captions: a "Copyright" label, picture labels in Tagalog, Malay / Indonesian and Swahili,
and a copyright credit naming an outlet with digits ("Le360") after a caption."""

import pytest

from streams.boilerplate import Kind, classify
from streams.captions import split_credit


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Le siège de Bank Al-Maghrib, à Rabat. © Copyright : Le360", "Le360"),
        ("Le port de Dakar. Copyright: AFP", "AFP"),
        ("Mga residente sa Marikina. Larawan: Jun Ryan Arañas", "Jun Ryan Arañas"),
        ("Banjir di Kampung Melayu. Gambar: Bernama", "Bernama"),
        ("Wakazi wa Mombasa wakisubiri basi. Picha: Maktaba", "Maktaba"),
    ],
)
def test_a_caption_label_in_these_languages_gives_the_credit(paragraph: str, credit: str) -> None:
    found = split_credit(paragraph)
    assert found is not None
    assert found[1] == credit


def test_a_caption_with_a_name_and_digits_after_its_copyright_sign_is_no_footer() -> None:
    assert classify("Le siège de Bank Al-Maghrib, à Rabat. © Copyright : Le360") is None
    # a footer names a year: still the end of the article
    assert classify("Le port de Dakar vu du ciel © Example Media 2025") is Kind.END
    assert classify("Tous droits réservés Le360 © 2026") is Kind.END


def test_a_sentence_about_copyright_is_no_credit() -> None:
    assert split_credit("Copyright: the law changed in 2020 and this is a sentence.") is None


def test_a_notice_ending_on_an_outlets_copyright_without_a_full_stop_stays_no_caption() -> None:
    """Audit B-9: "Terms of use … © Media24" after the text is a footer's notice: a name with
    digits after "©" is a credit only after a caption's full stop."""
    assert classify("Terms of use and privacy apply to all content © Media24") is Kind.END
