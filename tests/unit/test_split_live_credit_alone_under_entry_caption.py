"""split: a picture inside a live blog's entry, its caption over its credit ("Agency/Name")
after the entry's text, gives a caption; the credit is no author line and the caption
leaves the text."""

from datetime import UTC, datetime

from schemas.article import Caption
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 15, 21, 0, tzinfo=UTC)

PAGE = (
    "Landtagswahl in Kärnten: Liveticker\n"
    "LIVE\n"
    "Kärnten-Wahl: SPÖ bleibt knapp vorne, FPÖ legt stark zu\n"
    "Die SPÖ hat die Landtagswahl laut Hochrechnung knapp gewonnen. Alle Entwicklungen im Ticker.\n"
    "Zuletzt aktualisiert: 15.03.2026, 20.40 Uhr\n"
    "20.40 Uhr\n"
    "Wahlbeteiligung leicht gesunken\n"
    "Die Wahlbeteiligung lag bei 61,2 Prozent und damit knapp unter jener von 2023.\n"
    "20.10 Uhr\n"
    "Hochrechnung: SPÖ 36,4, FPÖ 31,8 Prozent\n"
    "Die SPÖ kommt laut Hochrechnung auf 36,4 Prozent, die FPÖ auf 31,8 Prozent.\n"
    "Anhänger der FPÖ bei der Wahlfeier in Klagenfurt\n"
    "APA/Gert Eggenberger\n"
    "19.30 Uhr\n"
    "Wahllokale geschlossen\n"
    "Um 17.00 Uhr haben die letzten Wahllokale im Land geschlossen, die Auszählung läuft.\n"
)


def test_a_caption_over_its_credit_inside_an_entry_is_a_caption() -> None:
    lead = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))[0]
    assert lead.captions == (
        Caption(
            text="Anhänger der FPÖ bei der Wahlfeier in Klagenfurt", credit="APA/Gert Eggenberger"
        ),
    )
    assert "Wahlfeier" not in lead.body
    assert "Gert Eggenberger" not in lead.body
    assert "19.30 Uhr" in lead.body and "Hochrechnung: SPÖ 36,4" in lead.body


AGENCY_PAGE = (
    "LIVE\n"
    "Gales close coastal roads as storm reaches north Wales\n"
    "Last updated 12 March 2026, 16:20 GMT\n"
    "16:05 GMT\n"
    "Ferries cancelled at Holyhead\n"
    "Stena Line says all sailings to Dublin are cancelled until Wednesday morning.\n"
    "15:40 GMT\n"
    "Promenade closed in Llandudno\n"
    "Conwy council has shut the promenade after waves threw stones onto the road.\n"
    "Waves breaking over the sea wall in Llandudno on Tuesday afternoon\n"
    "PA Media\n"
    "15:10 GMT\n"
    "Trains replaced by buses\n"
    "Transport for Wales says buses replace trains between Llandudno Junction and Bangor.\n"
)


def test_an_agencys_name_under_an_entrys_caption_credits_it() -> None:
    lead = split_articles(clean_page(RawPage(text=AGENCY_PAGE, fetched_at=FETCHED)))[0]
    assert lead.captions == (
        Caption(
            text="Waves breaking over the sea wall in Llandudno on Tuesday afternoon",
            credit="PA Media",
        ),
    )
    assert "Waves breaking" not in lead.body
    assert "15:10 GMT" in lead.body and "Trains replaced by buses" in lead.body
