"""A links box between the standfirst and the byline ("Más información" / one link, taken
out of the text) leaves a blank line there; the byline and the "Place - date" stamp under it
are still the lead's header (README, Time stamps: the stamp printed with the headline)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
URL = "https://diariodelsur.example/economia/2026-11-30/puertos-record.html"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def page(box: str) -> str:
    return (
        "DIARIO DEL SUR\nEconomía\n"
        "Los puertos del sur cierran noviembre con un tráfico récord\n"
        "Las autoridades portuarias atribuyen el aumento a las exportaciones agrícolas\n"
        f"{box}"
        "MARTA GIL\n"
        "Sevilla - 30 nov 2026 - 09:40 CET\n"
        "Los puertos del sur han movido en noviembre más mercancía que en ningún otro mes de "
        "su historia, según los datos publicados este lunes.\n"
        "Las exportaciones de fruta y aceite explican buena parte del aumento, que se ha "
        "concentrado en las dos últimas semanas del mes.\n"
        "Los sindicatos piden reforzar las plantillas antes de la campaña de invierno.\n"
        "Archivado En\nEconomía\n"
    )


def test_stamp_under_a_links_box_below_the_standfirst_is_the_leads() -> None:
    lead = split(page("Más información\nEl paro baja en noviembre por tercer mes\n"))[0]
    assert lead.title == "Los puertos del sur cierran noviembre con un tráfico récord"
    assert lead.time_text == "30 nov 2026 09:40 CET"


def test_stamp_under_the_standfirst_stays() -> None:
    """Must stay: without the box, the byline and stamp under the standfirst are read."""
    assert split(page(""))[0].time_text == "30 nov 2026 09:40 CET"
