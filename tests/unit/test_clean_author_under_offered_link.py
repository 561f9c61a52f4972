"""clean + split: under a one-story label ("Lee também", "Lire aussi") the linked story's
author's name under its headline link ("Marta Soler") goes with the link; it is no
crosshead of the text, which goes on under it (audit B-20). A crosshead that says
something stays."""

from datetime import UTC, datetime

from streams.clean import _person_name, clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Portada\nCiudad\n"
    "El metro abrirá toda la noche durante las fiestas de la Mercè\n"
    "La línea 3 tendrá servicio continuo el sábado y el domingo\n"
    "Redacción\n"
    "28/11/2026 10:05\n"
    "El metro de Barcelona abrirá toda la noche del sábado y del domingo con motivo de las "
    "fiestas de la Mercè, ha anunciado este viernes el Ayuntamiento.\n"
    "La medida afectará a las líneas 1, 3 y 5, con trenes cada quince minutos de madrugada.\n"
    "Lee también\n"
    "Las fiestas de la Mercè tendrán más conciertos que nunca\n"
    "Marta Soler\n"
    "Los autobuses nocturnos mantendrán su horario habitual durante todo el fin de semana.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_linked_storys_author_goes_with_the_link() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    assert "Los autobuses nocturnos" in drafts[0].body
    assert "Marta Soler" not in drafts[0].body
    assert "más conciertos" not in drafts[0].body


def test_a_name_is_told_from_a_crosshead() -> None:
    assert _person_name("Marta Soler")
    assert _person_name("Anne de Vries")
    assert not _person_name("Ministry answers critics")
    assert not _person_name("Nuevos horarios")
