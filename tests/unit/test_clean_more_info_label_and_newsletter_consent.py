"""Auditor B's B-4: inside a text, a label-plus-link line ("Más información: Title") goes
like "Lire aussi : Title"; a newsletter box under its named heading goes whole when its
tagline is a sentence to the reader ("Todos los días, lo que tenés que saber …") over its
button, and so does the box's data-use sentence naming its button ("Cliccando su Iscriviti
accetti l'informativa sulla privacy.")."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "El consumo de energía de los hogares cayó un 4% en el tercer trimestre, según los datos "
    "difundidos este martes por el ente regulador del sector."
)
MORE = (
    "La demanda industrial, en cambio, subió por tercer mes consecutivo por la mayor "
    "actividad de las plantas siderúrgicas del interior del país."
)


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_more_info_label_over_a_headline_is_a_link() -> None:
    link = "Más información: Las distribuidoras piden un nuevo aumento para el verano"
    lines = lines_of(TEXT, link, MORE)
    assert link not in lines
    assert TEXT in lines and MORE in lines


def test_a_named_newsletters_tagline_to_the_reader_goes_with_its_button() -> None:
    tagline = "Todos los días, lo que tenés que saber sobre tu factura."
    lines = lines_of(TEXT, MORE, "Newsletter Energía", tagline, "Suscribite")
    assert tagline not in lines and "Newsletter Energía" not in lines
    assert TEXT in lines and MORE in lines


def test_a_consent_sentence_naming_the_button_goes() -> None:
    consent = "Cliccando su Iscriviti accetti i termini e le condizioni del servizio."
    text = (
        "Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico, che entrerà "
        "in vigore dal primo gennaio nelle vie del centro storico."
    )
    lines = lines_of(
        text, "Newsletter Cronaca", "Ogni sera le notizie della città.", "Iscriviti", consent
    )
    assert consent not in lines
    assert text in lines
