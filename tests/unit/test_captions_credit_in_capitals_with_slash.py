"""captions: a slash credit all in capitals ends a caption whatever the order of its sides:
the photographer's name over a known agency after the caption's last word ("… em Almada
RUI SILVA/LUSA"), the photographer and who the picture was taken for after the full stop
("… 2026. ANNE MOREL / STUDIO NORD POUR « LE JOURNAL »"), the paper's desk after a dash
with a long name ("… - NSTP/NIK AZMAN NIK OMAR"). A line of names in capitals on its own
is a credit line, not a caption."""

from streams.captions import split_credit


def test_a_photographer_over_a_known_agency_without_a_full_stop() -> None:
    caption = "O Hospital de Santa Maria, em Lisboa, é um dos afectados"
    assert split_credit(f"{caption} RUI SILVA/LUSA") == (caption, "RUI SILVA/LUSA")


def test_a_photographer_and_the_paper_after_the_full_stop() -> None:
    caption = "Un vigneron devant une parcelle arrachée, à Maury (Pyrénées-Orientales), le 2 mai."
    credit = "ANNE MOREL / STUDIO NORD POUR « LE JOURNAL »"
    assert split_credit(f"{caption} {credit}") == (caption, credit)


def test_a_desk_and_a_long_name_in_capitals_after_a_dash() -> None:
    caption = "Evacuees rest at the relief centre in Kota Bharu."
    credit = "NSTP/NIK AZMAN NIK OMAR"
    assert split_credit(f"{caption} - {credit}") == (caption, credit)


def test_must_keep_a_credit_line_in_capitals_whole() -> None:
    assert split_credit("THOMAS MARTIN / AFP") == ("", "THOMAS MARTIN / AFP")


def test_must_not_take_a_sentence_with_a_pair_of_initials() -> None:
    assert split_credit("Talks between the two sides on the EU/UK deal resumed") is None
