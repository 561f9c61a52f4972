"""A newsroom credit with agencies in the plural, whatever the language ("20 Minutes avec
agences", "Redaktion mit Agenturen"), and a site name opening with a digit, is a staff line."""

from streams.split_lines import _with_agency


def test_site_with_agencies_is_a_staff_line() -> None:
    assert _with_agency("24 Heures avec agences")
    assert _with_agency("Redaktion mit Agenturen")


def test_a_sentence_with_agencies_is_no_staff_line() -> None:
    # must-stay: a story's line naming agencies
    assert not _with_agency("Die Polizei ermittelt gemeinsam mit mehreren Agenturen")
