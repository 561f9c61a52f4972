"""split_lines: a newsroom's staff line with an agency of two words after a comma ("Da
Redação, com Agência Brasil") is a byline, as "Le Quotidien avec AFP" is (auditor B's B-16);
a person's name of two words after "com" is no agency."""

from streams.split_lines import _is_byline


def test_newsroom_with_named_agency_is_a_byline() -> None:
    assert _is_byline("Da Redação, com Agência Brasil")
    assert _is_byline("Redação com Agência Brasil")


def test_must_stay_a_name_with_a_person_is_no_byline() -> None:
    assert not _is_byline("Lula com Marina Silva")
