"""boilerplate: notes under a story that are no part of it: a note naming the copy it drew
on ("Information from Reuters was used in this report."), a Local Democracy Reporting note
on who pays for the service, a UK regional site's regulator footer, the reader prompts
"Send your stories and photos now" and "Bist du … auf einen Fehler gestossen?", and a
subscribers-only comments note; story sentences on the same things stay."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "Information from Reuters was used in this report.",
    "The Local Democracy Reporting Service is funded by the BBC, ITV and local papers.",
    "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
    "This website and associated newspapers adhere to the Independent Press Standards "
    "Organisation's Editors' Code of Practice.",
    "Send your stories and photos now",
    "Bist du auf Beispiel.ch auf einen Fehler gestossen?",
    "Melde ihn hier",
    "Os comentários são exclusivos para assinantes do Diário.",
]

STORY = [
    "Information used in the report came from 40 hospitals, the ministry said.",
    "The council said the Local Democracy Reporting Service would be funded until 2028.",
    "The Independent Press Standards Organisation upheld the complaint against the paper.",
    "Bist du sicher, dass der Fehler behoben ist, fragte der Richter.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_trailer_note_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_on_the_same_things_stays(line: str) -> None:
    assert classify(line) is None
