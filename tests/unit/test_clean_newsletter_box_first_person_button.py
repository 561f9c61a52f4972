"""A newsletter box whose button speaks in the reader's first person ("Je m'inscris",
"Suscribirme") under its dropped pitch and its description ("Chaque vendredi, …"): the
description and the button go; the card over the box stays."""

from streams.clean import clean_page
from streams.model import RawPage

CARD = "Chômage partiel : ce qui change au 1er janvier pour les salariés"
AGE = "il y a 2 heures"


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_first_person_button_closes_the_newsletter_box() -> None:
    description = "Chaque lundi, l'essentiel de l'actualité sociale et de vos droits."
    for button in ("Je m'inscris", "Je m’inscris"):
        lines = lines_of(CARD, AGE, "Recevez notre newsletter Emploi", description, button)
        assert description not in lines, button
        assert button not in lines
        assert CARD in lines
