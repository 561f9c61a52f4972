"""split: a short caption with its full stop over its picture's labelled credit under the
header ("Nieuwbouwwijk in Almere." / "Beeld ANP / Name" / text) is the lead photo's caption,
taken out of the text with its credit ("Beeld", Dutch for picture, labels a credit)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://www.krant-voorbeeld.example/nieuws/fietspaden-utrecht"

PAGE = """\
Nieuws
Utrecht legt twintig kilometer nieuwe fietspaden aan
Sanne de Boer
29 november 2026, 14:20
Fietsers in Utrecht.
Beeld Marieke Jansen
De gemeente Utrecht legt volgend jaar twintig kilometer nieuwe fietspaden aan, meldt de wethouder.
Het plan kost ruim veertig miljoen euro en moet de drukte in de binnenstad verminderen.
"""


def test_short_stopped_caption_over_labelled_credit_is_a_caption() -> None:
    (lead,) = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert [(c.text, c.credit) for c in lead.captions] == [
        ("Fietsers in Utrecht.", "Marieke Jansen")
    ]
    assert lead.body.startswith("De gemeente Utrecht legt")
