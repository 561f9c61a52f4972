"""split: a wire's source line under its editor's codes ("/abc/xyz" / "Quelle: dpa-AFX")
closes the text above it: the story's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

STORY = """\
Börse
Nachrichten
Chemiekonzern erhöht Prognose nach starkem Quartal
30.11.26 14:05 Uhr
FRANKFURT (dpa-AFX) - Der Chemiekonzern hat nach einem starken Quartal die Prognose angehoben.
Der operative Gewinn stieg um elf Prozent auf 1,4 Milliarden Euro, wie das Unternehmen mitteilte.
Die Aktie legte im frühen Handel um 3,1 Prozent zu.
/abc/xyz
Quelle: dpa-AFX
"""


def test_source_under_editor_codes_is_the_stories() -> None:
    drafts = split_articles(clean_page(RawPage(text=STORY, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert drafts[0].source == "dpa-AFX"
