"""split: a headline whose last words are an amount with an abbreviated unit ("… von 4,8 Mrd.
Euro") is a headline, not a caption's sentence and its credit: the unit's full stop ends no
sentence, so the headline over the text stays the lead's title, and the text its body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

HEADLINE = "Länder: Einigung auf Klimafonds von 4,8 Mrd. Euro"
FIRST = (
    "Nach zähen Verhandlungen haben sich die Landeshauptleute am Montag auf einen gemeinsamen "
    "Klimafonds geeinigt. Das Geld soll vor allem in den Ausbau der Fernwärme fließen."
)
PAGE = (
    "Startseite\nPolitik\nWirtschaft\nInland\n"
    f"{HEADLINE}\n"
    f"{FIRST}\n"
    "Die Landeshauptleute präsentierten die Einigung in Linz. Insgesamt sollen bis 2030 rund "
    "4,8 Milliarden Euro investiert werden, ein Drittel davon aus Bundesmitteln.\n"
    "Die Landeshauptleute bei der Pressekonferenz in Linz\n"
    "APA/Anna Berger\n"
    "Die Opposition kritisierte, dass die Gemeinden bei der Verteilung kaum mitreden dürfen. "
    "Der Fonds soll im Frühjahr starten.\n"
)


def test_headline_ending_on_an_amount_unit_is_the_lead_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts[0].title == HEADLINE
    assert FIRST[:60] in drafts[0].body
