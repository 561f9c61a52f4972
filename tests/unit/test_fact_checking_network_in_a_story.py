"""ui_phrases: a fact-checker's note on itself ("X es miembro verificado de la International
Fact-Checking Network.") is dropped; a story naming the network's members in passing keeps
its sentence."""

from streams.clean import clean_page
from streams.model import RawPage

_NOTE = "Contrasta.es es miembro verificado de la International Fact-Checking Network (IFCN)."
_STORY = (
    "The platform, a verified member of the International Fact-Checking Network since 2019,"
    " has received dozens of threats since the election."
)
_PAGE = [
    "Fact-checkers report threats after disputed vote count",
    "Several fact-checking groups said on Monday that their staff had been threatened online.",
    _STORY,
    "Police said they were looking into the messages.",
    _NOTE,
]


def test_the_note_goes_and_the_story_sentence_stays() -> None:
    kept = clean_page(RawPage(text="\n".join(_PAGE))).lines
    assert _STORY in kept
    assert _NOTE not in kept
