"""A stamp labelled as the publication's, printed alone as the page's last line under a
short link list after the text ("Links:" / two links / "Publiziert am …"), is the
article's own stamp, not a teaser's: no card is made of the last link, and the lead
takes the stamp."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Wirtschaft
Österreich
Arbeitslosigkeit im November leicht gestiegen
Ende November waren beim AMS rund 380.000 Menschen arbeitslos oder in Schulung gemeldet.
Das sind um 4,1 Prozent mehr als im Vorjahresmonat, teilte das Arbeitsmarktservice mit.
Besonders betroffen sind Bau und Industrie, im Tourismus stieg die Beschäftigung dagegen.
red, ORF.at/Agenturen
Links:
Arbeitsmarktservice
Wirtschaftsforschungsinstitut
Publiziert am 01.12.2026 10:40"""


def test_a_closing_stamp_under_a_link_list_is_the_leads() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    articles = process_page(page)
    assert [article.role for article in articles] == ["lead"]
    assert articles[0].published_at == datetime(2026, 12, 1, 10, 40, tzinfo=UTC)
