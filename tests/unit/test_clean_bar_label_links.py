"""A headline link behind a reading label and a bar inside the text ("READ | Title"): the
link goes, the text around it stays; "Read" opening a story's sentence, or a kicker's bar
over a headline, is no such label."""

from streams.boilerplate import classify
from streams.clean import clean_page
from streams.model import RawPage

TEXT = """\
Eskom has returned Unit 2 of the Koeberg nuclear power station to service, the utility said.
READ | Electricity tariffs: Nersa approves 8.7% increase for municipalities from July
Group executive Bheki Nxumalo said the unit would be brought to full power over the next few days.
"""


def test_a_read_label_and_bar_before_a_headline_link_goes() -> None:
    lines = clean_page(RawPage(text=TEXT)).lines
    assert not any("Nersa approves" in line for line in lines)
    assert any(line.startswith("Eskom has returned Unit 2") for line in lines)
    assert any(line.startswith("Group executive Bheki Nxumalo") for line in lines)


def test_must_stay_read_opening_a_sentence_and_a_kicker_bar() -> None:
    assert classify("Read alongside the 2019 ruling, the judgment limits police powers.") is None
    assert classify("Reading | Council approves new town centre plan") is None
    assert classify("Opinion | The grid is not fixed yet") is None
