"""clean: a newsletter box whose form asks for an address ("E-Mail-Adresse eingeben") goes
with its description, even one that does not speak to the reader ("Jeden Abend die
wichtigsten Nachrichten des Tages."); over a share bar's bare "E-Mail" a story's short
sentence stays."""

from streams.clean import clean_page
from streams.model import RawPage

_STORY = [
    "Stadtrat beschließt neuen Busfahrplan",
    "Der Stadtrat hat am Donnerstag einen neuen Fahrplan für die Buslinien beschlossen.",
    "Die Opposition stimmte dagegen.",
]


def _kept(tail: list[str]) -> list[str]:
    return clean_page(RawPage(text="\n".join(_STORY + tail))).lines


def test_a_description_over_an_address_field_and_button_goes() -> None:
    kept = _kept(
        [
            "Abendlage",
            "Jeden Abend die wichtigsten Nachrichten des Tages.",
            "E-Mail-Adresse eingeben",
            "Jetzt anmelden",
        ]
    )
    assert "Die Opposition stimmte dagegen." in kept
    assert not any(line.startswith("Jeden Abend") for line in kept)


def test_a_story_sentence_over_a_share_bar_stays() -> None:
    kept = _kept(["Die Busse fahren künftig jeden Abend bis Mitternacht.", "E-Mail", "Anmelden"])
    assert "Die Busse fahren künftig jeden Abend bis Mitternacht." in kept
