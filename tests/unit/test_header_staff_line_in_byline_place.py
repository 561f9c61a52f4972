"""split: a newsroom's staff line in the byline's place under the headline, over the
reporter's name and the stamp ("Van onze redacteur" / name / date), in Dutch, Italian or
Portuguese as in English ("Political correspondent"): the line over it stays the headline,
the staff line is no title."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    ("headline", "staff", "stamp", "text"),
    [
        (
            "Gemeente Gent schrapt helft van de parkeerplaatsen in de binnenstad",
            "Van onze redacteur",
            "27 november 2026 om 09.40 uur",
            "Het stadsbestuur wil tegen 2030 de helft van de parkeerplaatsen in de binnenstad"
            " vervangen door groen en fietsenstallingen. Dat staat in het nieuwe mobiliteitsplan.",
        ),
        (
            "Il Comune di Torino chiude al traffico il centro storico la domenica",
            "Dal nostro corrispondente",
            "27 novembre 2026 alle 09:40",
            "Da gennaio il centro storico di Torino sarà chiuso alle auto ogni domenica, ha"
            " annunciato la giunta. Il provvedimento durerà almeno un anno.",
        ),
    ],
)
def test_a_staff_line_over_the_name_is_no_title(
    headline: str, staff: str, stamp: str, text: str
) -> None:
    page = f"Het Dagblad\nBinnenland\n{headline}\n{staff}\nEls Peeters\n{stamp}\n{text}\n"
    drafts = split(page)
    assert drafts[0].role == "lead"
    assert drafts[0].title == headline
