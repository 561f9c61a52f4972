"""split: a front page of stampless cards (kicker / headline / summary / author) whose
headlines are short ("Streik legt Häfen lahm") is a list of teasers, no lead swallowing the
other cards: a kicker right over a short headline marks a card's, where a story's
sub-heading stands right under the paragraph before it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FRONT = """\
DIE RUNDSCHAU
Politik
Wirtschaft
Tarifstreit
Streik legt Häfen lahm
Die Gewerkschaft ruft zum Ausstand in Hamburg und Bremen auf. Die Reeder warnen vor Folgen.
Von Jana Albrecht
Bundesliga
Bremen siegt in Köln
Zwei späte Tore entscheiden das Spiel. Der Trainer lobt die Moral seiner Mannschaft.
Wetter
Sturm erreicht Küste
An der Nordsee werden Böen bis 110 Stundenkilometer erwartet. Fähren bleiben im Hafen.
Von Paul Brink, Kiel
"""


def test_short_headlines_under_kickers_are_teasers() -> None:
    drafts = split(FRONT)
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("related", "Streik legt Häfen lahm"),
        ("related", "Bremen siegt in Köln"),
        ("related", "Sturm erreicht Küste"),
    ]
    assert "Jana Albrecht" not in drafts[0].body
    assert "Zwei späte Tore" in drafts[1].body


STORY = """\
Stadtrat beschließt neuen Haushalt für das kommende Jahr
Der Stadtrat hat am Abend den Haushalt für 2027 mit breiter Mehrheit beschlossen.
Mehr Geld für Schulen
Für die Sanierung der Grundschulen stehen zwölf Millionen Euro bereit, sagte die Kämmerin.
Weniger für Straßen
Der Straßenbau muss dagegen mit vier Millionen Euro weniger auskommen als im Vorjahr.
"""


def test_sub_headings_of_a_story_stay_in_its_text() -> None:
    drafts = split(STORY)
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Stadtrat beschließt neuen Haushalt für das kommende Jahr")
    ]
