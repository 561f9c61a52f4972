"""A list of stamp / chip / title / summary cards under its heading and description: the
first reading pairs each title with the next card's stamp (the description takes the first
stamp, the last title none); read again without the heading, each card keeps the stamp
printed over its own title, the last one too."""

from streams.model import RawPage
from streams.pipeline import process_page

STAMP_FIRST_LIST = (
    "El Diario\n"
    "Ingresar\n"
    "Política\n"
    "Economía\n"
    "Deportes\n"
    "Últimas noticias\n"
    "Lo más reciente de la provincia y del país, minuto a minuto\n"
    "hace 20 minutos\n"
    "Economía\n"
    "La inflación de octubre fue la más baja en tres años según el instituto de estadística\n"
    "Los alimentos subieron menos que el promedio y los servicios públicos quedaron estables.\n"
    "hace 2 horas\n"
    "Política\n"
    "El Concejo aprobó el presupuesto municipal con cambios en el transporte urbano\n"
    "La votación terminó de madrugada. La oposición pidió más fondos para las líneas de barrio.\n"
    "hace 4 horas\n"
    "Deportes\n"
    "El club local presentó a su nuevo entrenador antes del torneo de verano\n"
    "El técnico firmó por dos temporadas y dirigirá el primer entrenamiento el lunes.\n"
)


def test_each_card_keeps_the_stamp_over_its_own_title() -> None:
    events = process_page(RawPage(text=STAMP_FIRST_LIST))
    assert [(event.title, event.relative_time) for event in events] == [
        (
            "La inflación de octubre fue la más baja en tres años según el instituto de"
            " estadística",
            "hace 20 minutos",
        ),
        (
            "El Concejo aprobó el presupuesto municipal con cambios en el transporte urbano",
            "hace 2 horas",
        ),
        (
            "El club local presentó a su nuevo entrenador antes del torneo de verano",
            "hace 4 horas",
        ),
    ]
