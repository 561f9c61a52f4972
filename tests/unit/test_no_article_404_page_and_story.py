"""A 404 page's notice under a heading about the page itself is no article; a story whose
headline opens on a status code ("Error 404: …", a pun on an outage) is one."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
URL = "https://www.diariovaldemora.es/sociedad/2026/03/14/caida-servicio-1234.html"

MENU = """\
Diario de Valdemora
Portada
Sociedad
Economía
Deportes
Buscar
"""

LINKS = """\
Te puede interesar
El Gobierno aprueba la subida del salario mínimo para 2027
Los trenes de Cercanías recuperan la frecuencia tras la avería
Aviso legal
Política de privacidad
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_a_spanish_404_notice_over_a_link_list_has_no_article() -> None:
    page = (
        MENU
        + """\
Error 404
Vaya, esta página no existe
Lo sentimos, pero la página que buscas no está disponible. Puede que la dirección esté mal \
escrita o que el contenido se haya movido a otra sección.
Puedes volver a la portada o usar el buscador para encontrar lo que buscas.
Ir a la portada
"""
        + LINKS
    )
    assert split(page) == []


def test_a_story_headlined_error_404_is_the_lead() -> None:
    page = (
        MENU
        + """\
Error 404: la caída de la web de la Seguridad Social deja sin citas a miles de usuarios
La plataforma estuvo más de seis horas sin servicio el jueves y los usuarios solo veían un \
mensaje de página no encontrada.
El Ministerio atribuyó el fallo a una actualización de los servidores y aseguró que las citas \
perdidas se recuperarán durante la próxima semana.
Las asociaciones de consumidores pidieron explicaciones y recordaron que es la tercera caída \
del año.
"""
        + LINKS
    )
    drafts = split(page)
    assert drafts
    assert drafts[0].role == "lead"
    assert drafts[0].title.startswith("Error 404: la caída de la web")
