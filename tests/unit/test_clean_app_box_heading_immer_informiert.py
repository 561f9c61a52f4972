"""An app or newsletter box's heading naming what keeps the reader informed ("Immer
informiert mit der NZ-App") over its description and download button goes with the box; a
story's sentence saying someone stays informed stays."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "Der Bauausschuss soll sich im Oktober mit dem Gutachten zur Brücke befassen, teilte "
    "die Stadtverwaltung am Dienstag mit."
)
HEADING = "Immer informiert mit der NZ-App"


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_the_app_box_heading_goes() -> None:
    description = "Alle Nachrichten aus der Region und Eilmeldungen per Push aufs Handy."
    lines = lines_of(TEXT, HEADING, description, "Jetzt kostenlos herunterladen")
    assert HEADING not in lines
    assert TEXT in lines


def test_must_keep_a_story_sentence_on_being_kept_informed() -> None:
    sentence = "Die Anwohner würden immer informiert, sobald die Arbeiten beginnen, sagte er."
    assert sentence in lines_of(TEXT, sentence)
