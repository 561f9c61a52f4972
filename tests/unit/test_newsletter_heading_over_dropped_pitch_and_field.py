"""A newsletter box inside an article's text: its heading ("Newsletter Info") over a pitch
clean drops ("Recevez chaque matin …"), the form's address field and button. The heading
goes with the box (README: newsletter sign-up boxes are no body text), so the sub-heading
under the box stays a line of its own, the text's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Le ministre de la Mobilité a regretté l'action et rappelé qu'une concertation était "
    "toujours en cours avec les syndicats, selon un communiqué publié lundi soir.\n"
    "Newsletter Info\n"
    "Recevez chaque matin l'essentiel de l'actualité belge et internationale.\n"
    "Votre adresse e-mail\n"
    "S'inscrire\n"
    "Conséquences sur les routes\n"
    "L'institut Vias et les services de trafic s'attendent à une forte hausse des "
    "embouteillages, en particulier sur le ring de Bruxelles et les autoroutes.\n"
)


def test_box_heading_over_a_dropped_pitch_and_an_address_field_goes() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "Newsletter Info" not in lines
    assert "Conséquences sur les routes" in lines


def test_a_pitch_over_a_button_alone_keeps_the_line_over_it() -> None:
    # must-stay: a card's stamp over "Sign up for … newsletter" / "Subscribe" (no field)
    text = (
        "Steelworkers rally outside Hamilton plant\n"
        "CP · 3 hours ago\n"
        "Sign up for the Politics Briefing newsletter\n"
        "Subscribe\n"
    )
    assert "CP · 3 hours ago" in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines
