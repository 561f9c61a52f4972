"""clean: a sentence broken at a link after a source's preposition ("…, selon" /
"Le Parisien" / ".", "según", "laut") is rejoined (audit B's PE-11: the last paragraph
was lost); "laut" also ends a German headline as an adjective ("Kritik … wird laut"),
which stays apart from the standfirst or the source line under it."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def lines(text: str) -> list[str]:
    return [line for line in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines if line]


@pytest.mark.parametrize(
    ("opening", "link"),
    [
        (
            "Les syndicats jugent ces mesures insuffisantes et appellent à une nouvelle journée "
            "de mobilisation jeudi, selon",
            "Le Parisien",
        ),
        (
            "El Gobierno prepara además una rebaja del IVA de la luz para el segundo semestre, "
            "según",
            "El País",
        ),
        (
            "Die Einigung soll am Mittwoch im Kabinett beschlossen werden, laut",
            "Handelsblatt",
        ),
    ],
)
def test_a_last_paragraph_broken_after_a_sources_preposition_is_rejoined(
    opening: str, link: str
) -> None:
    text = (
        "Headline over the story here\n"
        "The first paragraph of the story holds a sentence of its own here.\n"
        f"{opening}\n{link}\n.\n"
    )
    assert lines(text)[-1] == f"{opening} {link}."


@pytest.mark.parametrize(
    "under",
    [
        "Die Opposition wirft der Regierung vor, die Kosten der Reform zu verschweigen.\n",
        "Der Spiegel\nvor 2 Std.\n",
        "Von Anna Wolf\n10.03.2026, 09:40 Uhr\n",
    ],
)
def test_a_german_headline_ending_in_laut_stays_apart(under: str) -> None:
    # must-stay: "laut" as the headline's adjective, over a standfirst, a source or a byline
    text = f"Politik\nKritik an der Rentenreform wird laut\n{under}"
    assert "Kritik an der Rentenreform wird laut" in lines(text)
