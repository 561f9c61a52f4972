"""A prompt to follow the site on a platform or sign up to its newsletter in the reader's
"tú" ("Puedes seguir a … en Facebook y X, o apuntarte aquí para recibir nuestra newsletter")
under the text is the site's, not the story's; a story's sentence on following a page on
Facebook, in the third person, stays."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "La Agencia Estatal de Meteorología mantiene el aviso rojo en el litoral sur de la "
    "provincia hasta la medianoche, informó el organismo en un comunicado."
)
LAST = "Las clases se suspenderán el martes en catorce municipios de la comarca."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_follow_and_newsletter_prompt_to_the_reader_goes() -> None:
    prompt = (
        "Puedes seguir a EL DIARIO Sur en Facebook y X, o apuntarte aquí para recibir "
        "nuestra newsletter semanal."
    )
    assert lines_of(TEXT, LAST, prompt) == (TEXT, LAST)


def test_must_keep_a_story_sentence_on_following_a_page_on_facebook() -> None:
    sentence = (
        "El ayuntamiento pidió a los vecinos que sigan las indicaciones de Protección Civil "
        "en Facebook y en la radio local."
    )
    assert lines_of(TEXT, sentence, LAST) == (TEXT, sentence, LAST)
