"""clean: a subscriber chip over a front page's card title without its preposition
("Exclusivo suscriptores") or with "solo" ("Solo para suscriptores") is dropped like
"Exclusivo para suscriptores": kept, it broke the title / summary / author rhythm and the
front came out as one lead with the next card glued into its body."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)

FRONT = """\
EL LITORAL
Suscribite
Economía
El Banco Central vuelve a bajar la tasa de interés por tercera vez en el año
La autoridad monetaria recortó dos puntos y anticipó que seguirá atenta a la inflación.
Por Marina Duarte
{chip}
Cómo se reparte el dinero de la coparticipación entre las provincias
Los gobernadores reclaman cambios en el reparto antes de votar el presupuesto.
Por Tomás Ibarra
Colón vence a Unión en el clásico y se acerca a la punta
Un gol de cabeza en el último minuto definió el partido en el estadio lleno.
Por Lucía Gómez
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("chip", ["Exclusivo suscriptores", "Solo para suscriptores"])
def test_chipped_card_stays_one_of_three_cards(chip: str) -> None:
    drafts = split(FRONT.format(chip=chip))
    assert [draft.title[:20] for draft in drafts] == [
        "El Banco Central vue",
        "Cómo se reparte el d",
        "Colón vence a Unión ",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert all(chip not in draft.body for draft in drafts)
