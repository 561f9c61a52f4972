"""Credit forms of a caption: a labelled photographer followed by the paper in capitals
("Foto: Ann Cole. EL DIARIO"), a film distributor in capitals after a still's caption
("… PYRAMIDE FILMS"), and a bracketed screenshot credit ("(Screenshot und Schwärzung: …)")."""

from streams.captions import split_credit


def test_a_labelled_photographer_then_the_paper_in_capitals_is_one_credit() -> None:
    assert split_credit("Foto: Marta Ríos. EL DIARIO") == ("", "Marta Ríos. EL DIARIO")


def test_a_label_then_a_sentence_is_still_no_credit() -> None:
    assert split_credit("Foto: Marta Ríos. Luego vino la lluvia") is None


def test_a_distributor_in_capitals_credits_a_stills_caption() -> None:
    caption = "Ana Delmas dans « Le Dernier Hiver », de Paul Roche. ARCHIPEL FILMS"
    assert split_credit(caption) == (
        "Ana Delmas dans « Le Dernier Hiver », de Paul Roche.",
        "ARCHIPEL FILMS",
    )


def test_title_case_words_after_a_sentence_are_no_distributor() -> None:
    assert split_credit("The premiere was held in Leeds on Friday. Northern Films") is None


def test_a_bracketed_screenshot_credit_with_a_second_step_credits_the_caption() -> None:
    caption = "Das Video auf Tiktok (Screenshot und Schwärzung: Faktenteam Nord)"
    assert split_credit(caption) == ("Das Video auf Tiktok", "Faktenteam Nord")
