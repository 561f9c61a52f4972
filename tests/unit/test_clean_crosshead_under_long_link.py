"""clean: under a "Lees ook" / "Read also" box inside the text, a line of five words, no
sentence, under a link twice as long, right over the text that goes on, is the text's
crosshead: it stays, the link goes. A second link, about as long as the first, goes too."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

LINK = "Zo raken gemeenten hun afval kwijt: 'De kosten lopen elk jaar verder op'"


def _page(second: str) -> str:
    return (
        "Voorpagina\nBinnenland\n"
        "Vuilnisophaal in Arnhem ligt stil na staking bij afvalbedrijf\n"
        "30-11-2026, 09:14\n"
        "Door onze redactie\n"
        "In Arnhem wordt deze week geen afval opgehaald. Medewerkers van het afvalbedrijf leggen "
        "het werk neer uit onvrede over hun nieuwe roosters.\n"
        "Volgens de vakbond zijn de gesprekken met de directie vorige week vastgelopen. De "
        "gemeente vraagt inwoners hun afval zo lang binnen te houden.\n"
        "Lees ook\n"
        f"{LINK}\n"
        f"{second}\n"
        "De staking duurt in elk geval tot vrijdag. Daarna wil de vakbond opnieuw met de "
        "directie praten over de roosters en de lonen.\n"
        "Inwoners die hun afval niet kwijt kunnen, mogen het naar de milieustraat brengen.\n"
    )


def test_five_word_crosshead_under_a_long_link_stays() -> None:
    crosshead = "Staking duurt zeker tot vrijdag"
    lines = clean_page(RawPage(text=_page(crosshead), fetched_at=FETCHED)).lines
    assert crosshead in lines
    assert LINK not in lines


def test_second_link_as_long_as_the_first_goes() -> None:
    second = "Afvalbedrijven zoeken chauffeurs: 'Zonder nieuwe mensen stopt de ophaal straks'"
    lines = clean_page(RawPage(text=_page(second), fetched_at=FETCHED)).lines
    assert second not in lines
    assert LINK not in lines
