"""clean / split: the singular "Noticia relacionada" (es) / "Notícia relacionada" (pt) label
over one story's link between paragraphs goes with its link, as "Lee también" does; the
text goes on under it (auditor B's B-10)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
LINK = "La Aemet activa el aviso amarillo por lluvias en el litoral"
LAST = "Los servicios de limpieza trabajan desde las seis de la mañana en las calles afectadas."


def test_related_story_label_and_its_link_leave_the_body() -> None:
    for label in ("Noticia relacionada", "Notícia relacionada"):
        text = (
            "Sociedad\n"
            "Las lluvias inundan una veintena de bajos en el centro de Castellón\n"
            "Actualizado: 29/11/2026 a las 12:05h.\n"
            "Las fuertes lluvias caídas durante la noche han inundado una veintena de bajos y "
            "garajes en el centro de Castellón, según el Ayuntamiento.\n"
            f"{label}\n{LINK}\n{LAST}\nLa Policía Local ha cortado tres calles del centro.\n"
        )
        drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
        assert LAST in drafts[0].body, label
        assert label not in drafts[0].body, label
        assert LINK not in drafts[0].body, label
