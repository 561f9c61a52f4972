"""A German Dachzeile of a few words over the headline, its standfirst, then the byline
("Ein Gespräch von …") before the stamp: the headline is the title, not the kicker."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)

INTERVIEW = """\
Kultur
Gespräch mit Dirigentin Anna Berger
Die Oper muss für alle billiger werden
Die neue Intendantin will mehr junge Leute ins Haus holen – und spricht über Eintrittspreise.
Ein Interview von Jonas Krämer
03.06.2026, 07.30 Uhr
Frau Berger, wie viele junge Leute kommen heute in die Oper?
Zu wenige. Die meisten Karten kaufen Abonnenten, die seit Jahrzehnten kommen.
Was wollen Sie ändern?
Wir senken die Preise für alle unter dreißig und spielen öfter am frühen Abend.
"""


def test_the_headline_under_the_dachzeile_is_the_title_over_a_byline() -> None:
    drafts = split_articles(clean_page(RawPage(text=INTERVIEW, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == ["Die Oper muss für alle billiger werden"]
