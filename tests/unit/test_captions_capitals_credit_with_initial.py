"""A photographer's credit in capitals with a middle initial over its agency ("MIGUEL A.
LOPES/LUSA") on the line under a caption is one credit: the initial's full stop ends no
caption sentence, so the line is not split into a caption "MIGUEL A." and a credit."""

from streams.captions import extract_captions, split_credit


def test_a_credit_with_an_initial_is_one_credit() -> None:
    assert split_credit("MIGUEL A. LOPES/LUSA") == ("", "MIGUEL A. LOPES/LUSA")


def test_a_sentence_before_a_slash_credit_still_ends_the_caption() -> None:
    assert split_credit("A man walks past the closed gate. Kent Nishimura/Getty Images") == (
        "A man walks past the closed gate.",
        "Kent Nishimura/Getty Images",
    )


def test_the_credit_under_a_caption_credits_it() -> None:
    text = (
        "As urgências de cinco hospitais vão estar encerradas em vários dias do período de "
        "Natal e Ano Novo, segundo a escala divulgada hoje."
    )
    caption = "Grávida numa consulta no serviço de obstetrícia, em imagem de arquivo"
    body, captions = extract_captions([text, caption, "MIGUEL A. LOPES/LUSA", text])
    assert caption not in body
    assert [(c.text, c.credit) for c in captions] == [(caption, "MIGUEL A. LOPES/LUSA")]


def test_a_caption_ending_on_a_capital_letter_still_ends_before_the_credit() -> None:
    # "Terminal B." is the caption's last word, no initial of the credit's name
    assert split_credit(
        "Travelers wait at a checkpoint in LaGuardia Airport's Terminal B. Kena Betancur/AFP via "
        "Getty Images"
    ) == (
        "Travelers wait at a checkpoint in LaGuardia Airport's Terminal B.",
        "Kena Betancur/AFP via Getty Images",
    )
