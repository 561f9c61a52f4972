"""A newsletter box under its bare dropped label ("Newsletter" / description / e-mail field /
"Jetzt kostenlos abonnieren"): the description goes with the field and the button, in the
languages whose buttons say "free of charge"; a story's sentence with a frequency word
and the same words outside such a box stay."""

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "Die neue App ersetzt die bisherige Nachrichten-App und das E-Paper in einem Angebot, "
    "teilte der Verlag am Freitag in Gießen mit."
)
AFTER = (
    "Die Umstellung soll bis Ende des Monats abgeschlossen sein, die alte App wird danach "
    "nicht mehr aktualisiert, sagte eine Sprecherin."
)


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_described_newsletter_under_its_bare_label_goes_with_field_and_button() -> None:
    description = (
        "Der MR-Morgen: Die wichtigsten Nachrichten aus Mittelhessen jeden Morgen um 6 Uhr."
    )
    lines = lines_of(
        TEXT,
        "Newsletter",
        description,
        "E-Mail-Adresse eingeben",
        "Jetzt kostenlos abonnieren",
        AFTER,
    )
    assert description not in lines
    assert "E-Mail-Adresse eingeben" not in lines
    assert lines == (TEXT, AFTER)


def test_a_sign_up_button_saying_free_of_charge_is_a_control() -> None:
    for button in (
        "Jetzt kostenlos abonnieren",
        "Inscrivez-vous gratuitement",
        "Regístrate gratis",
    ):
        assert classify(button) is Kind.DROP, button


def test_must_stay_free_of_charge_in_a_story_line() -> None:
    for line in (
        "Kostenlos parken in der Innenstadt",
        "Gratis",
        "Transport gratuit pour les élèves",
    ):
        assert classify(line) is None, line


def test_must_stay_a_story_sentence_with_a_frequency_word_under_a_newsletter_link() -> None:
    # the dropped label names a newsletter, but no sign-up field or button follows: the text
    sentence = "Der Wochenmarkt findet künftig jeden Samstag um 8 Uhr statt."
    lines = lines_of(TEXT, "Newsletter", sentence, AFTER)
    assert sentence in lines
