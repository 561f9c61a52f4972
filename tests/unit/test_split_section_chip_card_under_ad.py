"""split: a card whose section chip stands over its title right under an ad ("Gesponsorde
content" / title / advertiser / "Politiek" / title / summary / date) is a card of the list
with its own stamp: the chip is the card's, the ad's lines close the card before."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Nieuws\n"
    "Gemeente Utrecht zet extra bussen in tijdens de werkzaamheden aan het spoor\n"
    "Reizigers tussen Utrecht en Amersfoort moeten tot half december rekening houden met "
    "langere reistijden.\n"
    "Sanne de Boer\n"
    "30 november 2026, 08:40\n"
    "Tussen Utrecht Centraal en Amersfoort rijden tot en met 14 december geen treinen. "
    "ProRail vervangt op het traject wissels en bovenleiding.\n"
    "De gemeente zet daarom elk kwartier een extra bus in. Volgens de vervoerder kost een "
    "rit tussen de twee steden ongeveer een half uur langer dan normaal.\n"
    "Reizigersvereniging Rover noemt de maatregel een stap in de goede richting, maar wil "
    "dat ook 's avonds vaker bussen rijden.\n"
    "Geselecteerd door de redactie\n"
    "Verkeer\n"
    "NS verhoogt de prijs van een los kaartje in 2027 met 4 procent\n"
    "26 november 2026\n"
    "Ook interessant\n"
    "Gesponsorde content\n"
    "Zo rijdt u voordeliger elektrisch naar uw werk\n"
    "Autolease Plus\n"
    "Politiek\n"
    "Kamer wil snellere aanleg van de spoorlijn naar Groningen\n"
    "Een meerderheid steunt een motie die het kabinet vraagt om extra geld vrij te maken.\n"
    "28 november 2026\n"
)


def test_a_chipped_card_under_an_ad_keeps_its_stamp() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = next(d for d in drafts if d.title.startswith("Kamer wil snellere"))
    assert card.time_text == "28 november 2026"
    assert card.body.startswith("Een meerderheid steunt")
    assert all("voordeliger elektrisch" not in d.title + d.body for d in drafts)
