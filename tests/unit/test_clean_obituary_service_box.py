"""A regional paper's obituary service box under the text ("Avis de décès" / "Consultez les
avis de décès de votre commune …" / "Voir les avis de décès"): the prompt to the reader goes;
a story's sentence on a death notice stays."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "Ses obsèques seront célébrées samedi à 10 h 30 en l’église Notre-Dame de Lannion, a "
    "précisé la famille."
)
PROMPT = "Consultez les avis de décès de votre région et laissez un message à la famille."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_the_obituary_service_prompt_goes() -> None:
    lines = lines_of(TEXT, "Avis de décès", PROMPT, "Voir les avis de décès")
    assert PROMPT not in lines
    assert TEXT in lines


def test_must_keep_a_story_sentence_on_a_death_notice() -> None:
    sentence = "La famille a fait paraître un avis de décès dans la presse locale mardi."
    assert sentence in lines_of(TEXT, sentence)
