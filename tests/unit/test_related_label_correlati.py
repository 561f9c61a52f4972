""" "Correlati" alone (Italian portals' label over a box of related cards) is a "Related"
heading: the box's cards are teasers and the story's text resuming under them stays the
story's, not the last card's summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Portale Notizie
Cronaca
Economia
Sport
Agenzia Italia
Treni, dal 14 dicembre il nuovo orario: più corse tra Milano e Venezia
28 novembre 2026 ore 10:15
(Agenzia Italia) - Dal 14 dicembre entra in vigore il nuovo orario ferroviario, con dodici corse in più al giorno sulla linea tra Milano e Venezia e nuovi collegamenti notturni nel fine settimana.
Le nuove corse sono state decise dopo un anno di lavori sulla linea, che hanno ridotto di dieci minuti il tempo di viaggio tra le due città secondo i dati del gestore.
Correlati
Corriere del Nord
Sciopero dei trasporti, venerdì a rischio treni e autobus
2 ore fa
Gazzetta del Lago
Pendolari, aumentano gli abbonamenti regionali
ieri
Aumentano anche le corse regionali tra Verona e Padova, che nelle ore di punta passeranno da due a tre ogni ora, con treni più lunghi al mattino.
Le associazioni dei pendolari hanno chiesto che il nuovo orario sia accompagnato da un piano per ridurre i ritardi, che quest'anno sono cresciuti del dodici per cento.
Informativa privacy
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_text_under_a_correlati_box_stays_the_storys() -> None:
    drafts = split(PAGE)
    assert [draft.title for draft in drafts[1:]] == [
        "Sciopero dei trasporti, venerdì a rischio treni e autobus",
        "Pendolari, aumentano gli abbonamenti regionali",
    ]
    assert "tra Verona e Padova" in drafts[0].body
    assert "Le associazioni dei pendolari" in drafts[0].body
    assert drafts[2].body == ""
    assert "Correlati" not in drafts[0].body
