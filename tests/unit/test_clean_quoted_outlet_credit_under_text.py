"""clean: a credit naming the outlet the text comes from in quotes, under the text's last
sentence ("Ein Artikel aus der «NZZ am Sonntag»"), is the site's line, not text: kept, it
makes the closing paragraphs under a box of dated cards read as the last card's summary
(audit B's B-5). A sentence about an article ends with a full stop and stays."""

from datetime import UTC, datetime

from streams.boilerplate import credits_quoted_outlet
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Schweiz\n"
    "Bern plant neue Regeln für Velowege in den Quartieren\n"
    "27.11.2026, 07.15 Uhr\n"
    "Die Stadt Bern will in den kommenden drei Jahren zwanzig Kilometer neue Velowege bauen "
    "und dafür Parkplätze in mehreren Quartieren aufheben.\n"
    "Der Gemeinderat rechnet mit Kosten von rund vierzig Millionen Franken, die das "
    "Parlament noch bewilligen muss.\n"
    "Passend zum Artikel\n"
    "Velofahrer fordern mehr Platz auf den Brücken\n"
    "24.11.2026\n"
    "Neue Tempo-30-Zonen in der Innenstadt\n"
    "20.11.2026\n"
    "Das Gewerbe kritisiert den Abbau der Parkplätze deutlich.\n"
    "Eine Abstimmung ist im Sommer geplant.\n"
    "Ein Beitrag aus dem «Berner Wochenblatt»\n"
    "Passend zum Artikel\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_closing_paragraphs_over_a_quoted_outlet_credit_stay_the_leads() -> None:
    drafts = split(PAGE)
    assert drafts[0].title.startswith("Bern plant")
    assert "Das Gewerbe kritisiert" in drafts[0].body
    assert "Eine Abstimmung ist im Sommer geplant." in drafts[0].body
    assert "Ein Beitrag aus" not in drafts[0].body
    assert all("Das Gewerbe" not in draft.body for draft in drafts[1:])


def test_credit_shape() -> None:
    assert credits_quoted_outlet("Ein Artikel aus der «NZZ am Sonntag»")
    assert credits_quoted_outlet("Un article du « Monde »")
    assert not credits_quoted_outlet("Der Artikel erschien zuerst im «Bund».")
    assert not credits_quoted_outlet("Warum der Bundesrat den Artikel «Freiheit» streichen will")
