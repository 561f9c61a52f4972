"""On a portal, a partner's story prints its publisher over the headline and the portal's
byline with the stamp under it ("Story von Jan Meier • 2 Std.", "Histoire de … • 3 h"):
the name over the headline is the story's source, also an article-opened masthead that
names no known outlet ("Die Rheinpost")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Nachrichten
Die Rheinpost
Stadtrat beschließt neues Radwegenetz für die Innenstadt
Story von Lena Vogt • 4 Std.
Der Stadtrat hat am Montagabend ein neues Radwegenetz für die Innenstadt beschlossen. \
Bis 2029 sollen 42 Kilometer geschützte Radwege entstehen.
Die Opposition kritisierte die Kosten von rund 30 Millionen Euro als zu hoch.
Die ersten Abschnitte sollen im Frühjahr gebaut werden, teilte die Stadt mit.
"""


def test_the_name_over_a_portal_story_is_its_publisher() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(
                text=PAGE,
                url="https://www.portal.example/de-de/nachrichten/ar-AB12cd",
                fetched_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
            )
        )
    )
    assert drafts[0].title == "Stadtrat beschließt neues Radwegenetz für die Innenstadt"
    assert drafts[0].source == "Die Rheinpost"
