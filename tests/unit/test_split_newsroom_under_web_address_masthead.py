"""On a site whose masthead is its web address ("AGENZIA.it"), the lead's "Redazione
AGENZIA" is the site's newsroom, no source (README, Source: "Redazione ANSA" on the ANSA
site), also when the envelope carries no URL."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=None, fetched_at=FETCHED)))


def page(masthead: str) -> str:
    return (
        f"{masthead}\nCronaca\nPolitica\n"
        "Nubifragio a Genova, allagati i sottopassi del centro\n"
        "Nessun ferito. Chiuse due linee della metropolitana\n"
        "Redazione ANSA\n"
        "GENOVA\n"
        "30 novembre 2026 08:45\n"
        "Un violento nubifragio si è abbattuto su Genova nelle prime ore del mattino.\n"
        "Diversi sottopassi del centro sono stati chiusi al traffico per allagamenti.\n"
        "Il Comune ha attivato il centro operativo e invita a limitare gli spostamenti.\n"
    )


def test_newsroom_naming_the_web_address_masthead_is_no_source() -> None:
    lead = split(page("ANSA.it"))[0]
    assert lead.title == "Nubifragio a Genova, allagati i sottopassi del centro"
    assert lead.source is None


def test_agency_newsroom_under_another_masthead_stays_the_source() -> None:
    """Must stay: the agency's newsroom credited on another site is the story's source."""
    assert split(page("Il Giornale del Porto"))[0].source == "ANSA"
