"""German-language section chips over a card's title ("Chronik", an Austrian paper's
local news section; "Kriminalität") name the card's topic, never its publisher: null, as
for "Vermischtes" or "Verkehr". Read as a section, it also shows the list's slot over the
titles holds labels, so a premium chip there ("ZEITUNG+") is no source either."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.zeitung.example.at/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


PORTAL = """\
DIE ZEITUNG
Abo
Login
Politik
Inland
Regierung legt Entwurf für neues Mietrecht vor
vor 20 Minuten
Wirtschaft
ZEITUNG+
Warum die Mieten in Graz schneller steigen als in Wien
vor 50 Minuten
Werbung
{chip}
Lawinengefahr in Vorarlberg auf höchster Stufe
vor 2 Stunden
"""


@pytest.mark.parametrize("chip", ["Chronik", "Kriminalität"])
def test_german_section_chip_over_title_is_no_source(chip: str) -> None:
    drafts = split(PORTAL.format(chip=chip))
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Regierung legt Entwurf für neues Mietrecht vor", None),
        ("Warum die Mieten in Graz schneller steigen als in Wien", None),
        ("Lawinengefahr in Vorarlberg auf höchster Stufe", None),
    ]
