"""A stamp labelled as the publication's, printed after the text past a box of related
links inside it ("Publicado: …", "This story was originally published …"), is the
article's stamp when its header prints none or only an update."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time, resolve_time

ARTICLE = (
    "Portada\n"
    "Deportes\n"
    "El Ayuntamiento amplía el horario de las bibliotecas municipales\n"
    "Las bibliotecas municipales abrirán también los domingos por la mañana a partir de"
    " enero, según ha anunciado el concejal de Cultura.\n"
    "La medida costará 400.000 euros al año y supondrá la contratación de doce personas.\n"
    "NOTICIAS RELACIONADAS\n"
    "La biblioteca central cierra por obras en agosto\n"
    "El Ayuntamiento aprueba el presupuesto de Cultura\n"
    "Los vecinos llevaban años reclamando el cambio, que ya se aplica en otras ciudades"
    " de tamaño parecido, según la asociación de lectores.\n"
    "Publicado: martes, 10 marzo 2026 12:30\n"
)


def test_a_sentence_label_before_a_long_stamp_is_read() -> None:
    line = "This story was originally published on Tuesday, March 10, 2026 at 12:30 PM."
    assert resolve_time(find_time(line), None) == datetime(2026, 3, 10, 12, 30, tzinfo=UTC)


def test_a_labelled_stamp_after_the_box_is_the_article_stamp() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert lead.published_at == datetime(2026, 3, 10, 12, 30, tzinfo=UTC)
