"""UI-phrase families many sites print after the text: tip-line prompts, a news agency's
self-description, sponsor labels. Each family is removed, and news using its words is kept."""

import pytest

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage

AGENCY_STORY = """\
Harbour pilots end strike after pay deal
By Tamsin Okoro
VELMORE, March 3 (Coastline Press) - Harbour pilots in Velmore ended a four-day strike on
Tuesday after the port authority agreed to a 6% pay rise, the pilots' union said.
Coastline Press, a news agency founded in 1961, first reported the deal on Monday.
Coastline Press is an independent regional news organization dedicated to accurate reporting.
Got a news tip?
Write to us
"""


def test_agency_self_description_and_tip_line_leave_the_story() -> None:
    lines = clean_page(RawPage(text=AGENCY_STORY)).lines
    text = "\n".join(lines)
    assert "dedicated to accurate reporting" not in text
    assert "Got a news tip?" not in lines
    assert "Write to us" not in lines
    # the report naming the agency in apposition is news
    assert "Coastline Press, a news agency founded in 1961, first reported the deal on Monday." in (
        lines
    )
    assert any(line.startswith("Tuesday after the port authority") for line in lines)


@pytest.mark.parametrize(
    "line",
    [
        "Got a news tip?",
        "Submit a news tip",
        "Have a tip?",
        "Write to us",
        "Écrivez-nous",
        "Escríbenos",
        "Scrivici",
        "Schreiben Sie uns",
        "Schrijf ons",
        "Escreva-nos",
        "Do you have a news tip? Reach the desk on 0100 555 0199.",
        "Vous avez une info ? Écrivez-nous",
        "¿Tienes una pista? Escríbenos",
        "Hai una segnalazione? Scrivici",
        "Haben Sie einen Hinweis? Schreiben Sie uns",
        "Heb je een tip? Mail ons",
        "Tem uma sugestão? Escreva-nos",
    ],
)
def test_tip_line_prompts_are_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP, line


@pytest.mark.parametrize(
    "line",
    [
        "Norvik Wire is an independent news organization dedicated to covering the Arctic.",
        "Norvik Wire is a news agency founded in 1953 and owned by its member papers.",
        "Agence Norvik est une agence de presse fondée en 1953 à Tromsé.",
        "L’agence Norvik est une agence d’information fondée en 1953.",
        "Norvik ist eine unabhängige Nachrichtenagentur und wurde 1953 gegründet.",
        "Norvik Wire is an independent news agency founded in 1953.",
        "Norvik ist eine Nachrichtenagentur, gegründet 1953 in Tromsé.",
        "Norvik es una agencia de noticias fundada en 1953 en Tromsé.",
        "Norvik è un'agenzia di stampa fondata nel 1953 a Tromsé.",
        "A Norvik é uma agência de notícias fundada em 1953 em Tromsé.",
        "Norvik is een persbureau opgericht in 1953 in Tromsé.",
    ],
)
def test_agency_self_descriptions_are_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP, line


def test_sponsor_label_naming_its_advertiser_in_dutch() -> None:
    assert classify("Gesponsord door Bakkerij Van Loon") is Kind.AD


@pytest.mark.parametrize(
    "line",
    [
        # tip-line words in news
        "The families will write to us again once the inquiry reports, their lawyer said.",
        "Got a tip from a neighbour, officers searched the barn at Elmhurst Farm on Tuesday.",
        "Residents who have a tip about the fire were asked to call the Lindqvist station.",
        "Le témoin a dit au juge : « vous avez une info que nous n'avons pas ».",
        "Die Polizei fragte die Zeugen, ob sie einen Hinweis auf den Fahrer haben.",
        # an agency named in a report
        "Interfax, a news agency founded in 1989, said the talks in Marlow had stalled.",
        "The Brenner Times, an independent news organization, published the leaked memo.",
        "L'agence de presse Norvik, fondée en 1953, a révélé l'accord.",
        "Die 1953 gegründete Nachrichtenagentur Norvik meldete den Rücktritt.",
        # a sponsor named in news
        "Gesponsord door de gemeente kreeg het festival in Zwolle dit jaar een nieuw podium.",
    ],
)
def test_news_using_the_families_words_is_kept(line: str) -> None:
    assert classify(line) is None, line


@pytest.mark.parametrize(
    "line",
    [
        "Al suscribirte aceptas la política de privacidad de Diario Ventoria.",
        "Ao subscrever, aceita a nossa política de privacidade.",
        "Iscrivendoti accetti la nostra informativa sulla privacy.",
        "Door je aan te melden ga je akkoord met ons privacybeleid.",
    ],
)
def test_sign_up_data_notices_are_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP, line


@pytest.mark.parametrize(
    "line",
    [
        "Al suscribirse al plan, los clientes de Ventoria aceptan una permanencia de doce meses.",
        "Ao assinar o acordo, o Governo comprometeu-se a rever a política de rendimentos.",
    ],
)
def test_news_about_signing_up_is_kept(line: str) -> None:
    assert classify(line) is None, line
