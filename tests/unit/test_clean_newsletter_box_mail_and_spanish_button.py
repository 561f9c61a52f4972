"""A newsletter box under its bare label: a description that names the mail as the way it
comes ("… kostenlos per E-Mail.") goes with the box's button; a Spanish sign-up button in the
first person or Argentina's imperative ("Suscribirme", "Suscribite") closes a box as
"Jetzt abonnieren" does. A story's sentence about mail outside such a box stays."""

from streams.clean import clean_page
from streams.model import RawPage

CARD = "Neue Radwege in der Innenstadt: Stadtrat gibt grünes Licht"
STAMP = "24.11.2026"
TEXTO = (
    "El Banco Central mantuvo la tasa de referencia sin cambios por tercer mes consecutivo, "
    "informó la entidad en un comunicado."
)


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_description_naming_the_mail_goes_with_the_newsletter_box() -> None:
    description = "Die wichtigsten Nachrichten aus dem Landkreis – kostenlos per E-Mail."
    lines = lines_of(CARD, STAMP, "Newsletter", description, "Jetzt abonnieren", "Impressum")
    assert description not in lines
    assert CARD in lines


def test_a_spanish_first_person_button_closes_the_newsletter_box() -> None:
    description = "Recibí cada mañana las noticias más importantes del día."
    for button in ("Suscribirme", "Suscribite"):
        lines = lines_of(TEXTO, "Newsletter", description, button)
        assert lines == (TEXTO,)


def test_must_keep_a_story_sentence_about_mail_outside_a_box() -> None:
    sentence = "Die Stadt verschickt die Bescheide in diesem Jahr erstmals per E-Mail."
    lines = lines_of(CARD, sentence, "Die Einwohner können bis Ende Januar Einspruch erheben.")
    assert sentence in lines
