"""clean: under a "read more" label's link, a line that credits a picture ("… Foto: Ana
Ruiz / EL DIARIO") is the caption of the picture under the box, no second link of it: it
stays for the captions, the link alone goes."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
LINK = "Qué hacer si tu vivienda tiene grietas tras un temblor"
CAPTION = (
    "Vecinos del barrio de La Paz salieron a la calle al sonar la alarma. "
    "Foto: Ana Ruiz / EL DIARIO"
)


def test_picture_credit_under_a_read_more_link_is_a_caption() -> None:
    page = "\n".join(
        [
            "Sismo de magnitud 5.2 sacude Puebla; no hay daños graves",
            "Lucía Herrera",
            "30/11/2026 08:15",
            "Leer más",
            LINK,
            CAPTION,
            "Puebla.- Un sismo de magnitud 5.2 se registró la mañana de este lunes con "
            "epicentro en el sur del estado, informó el Servicio Sismológico Nacional.",
            "Las autoridades de Protección Civil recorrieron las escuelas y los hospitales de "
            "la capital sin encontrar daños estructurales.",
        ]
    )
    lines = clean_page(RawPage(text=page, fetched_at=FETCHED)).lines
    assert CAPTION in lines
    assert LINK not in lines
