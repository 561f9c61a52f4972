"""Agency initials alone in capitals ("APP") are the story's source only in the byline's
place, over its stamp; a menu's "APP" item over the headline is the site's app link."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Diario del Valle
Suscríbete
Local
Deportes
APP
El Ayuntamiento aprueba el presupuesto para el próximo año
12/11/2026 09:30
El pleno aprobó este miércoles las cuentas municipales con los votos del equipo de gobierno.
La oposición votó en contra y pidió más inversión en los barrios del norte.
El presupuesto entrará en vigor el 1 de enero."""


def test_a_menu_app_item_over_the_headline_is_no_source() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 12, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert lead.title == "El Ayuntamiento aprueba el presupuesto para el próximo año"
    assert lead.source != "APP"
