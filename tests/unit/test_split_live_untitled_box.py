"""split_live: a blog of untitled entries (clock / paragraph) goes on past a box of links
between them (auditor C's C4)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# C4 (probes c9, c10): a blog of untitled entries (clock / paragraph) with a box of links
# between them, then the site's cards
UNTITLED_BLOG_DE = """\
Startseite
Politik
Liveblog
Liveblog zur Bundestagswahl: Union vorn, SPD verliert deutlich
Zuletzt aktualisiert: 10.03.2026, 12:40 Uhr
12:35 Uhr
Die Wahlbeteiligung lag nach Angaben der Bundeswahlleiterin bei 82,5 Prozent und damit so hoch \
wie seit 1987 nicht mehr.
12:10 Uhr
CDU-Chef Friedrich Merz hat sich bei seinen Wählern bedankt und angekündigt, schnell Gespräche \
mit möglichen Koalitionspartnern aufzunehmen.
Mehr zum Thema
Alle Ergebnisse aus den Wahlkreisen
So haben die Altersgruppen gewählt
11:45 Uhr
Die SPD hat nach den Hochrechnungen ihr schlechtestes Ergebnis bei einer Bundestagswahl seit \
1887 erzielt, sagte Parteichef Lars Klingbeil am Abend.
11:20 Uhr
Die Grünen kommen auf 11,8 Prozent, die FDP scheitert mit 4,6 Prozent an der \
Fünf-Prozent-Hürde, wie die Forschungsgruppe Wahlen ermittelte.
10:55 Uhr
In Thüringen und Sachsen liegt die AfD in allen Wahlkreisen vorn, meldet der MDR.
Weitere Nachrichten
DAX startet freundlich in den Handel
vor 2 Stunden
"""

UNTITLED_BLOG_EN = """\
Home
World
Live
Ukraine war live: Kyiv hit by overnight drone attack as talks resume in Geneva
Last updated: 10 March 2026, 12:40 GMT
12:35 GMT
Ukraine's air force said it shot down 41 of the 56 drones launched overnight, most of them \
over the Kyiv region.
12:10 GMT
The mayor of Kyiv, Vitali Klitschko, said two people were injured when debris hit a \
residential building in the Darnytskyi district.
Related
Who is at the Geneva talks?
Map: where the front line stands
11:45 GMT
Russian and Ukrainian delegations met for a second day in Geneva, the Swiss foreign ministry \
said, without giving details of the agenda.
11:20 GMT
Poland scrambled fighter jets as a precaution during the attack, its operational command said \
on X.
10:55 GMT
The UN's human rights mission said at least 12 civilians were killed across Ukraine in the \
past week.
More from World
Floods in Spain leave thousands without power
2 hours ago
"""


@pytest.mark.parametrize(
    ("text", "links", "last", "card"),
    [
        (UNTITLED_BLOG_DE, ("Alle Ergebnisse", "Altersgruppen"), "meldet der MDR.",
         "DAX startet freundlich in den Handel"),
        (UNTITLED_BLOG_EN, ("Geneva talks?", "front line stands"), "in the past week.",
         "Floods in Spain leave thousands without power"),
    ],
)  # fmt: skip
def test_an_untitled_blog_goes_on_past_a_box_of_links(
    text: str, links: tuple[str, str], last: str, card: str
) -> None:
    drafts = split(text)
    blog = drafts[0]
    assert blog.body.count("\n11:45 ") == 1 and last in blog.body  # the entries under the box
    assert not any(link in blog.body for link in links)
    assert [(draft.role, draft.title) for draft in drafts[1:]] == [("related", card)]
