"""Card lists whose cards change shape within the list (a stamp here, none there, a publisher
over or under the title), and the furniture around them that is no card: a masthead's date
over its weather line, a section chip in another language."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import is_section_name
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_title, _weather_line

FETCHED = datetime(2026, 3, 12, 9, 20, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


MASTHEAD_WEATHER = """\
Nachrichten
Politik
Wirtschaft
Donnerstag, 12. März 2026
Hamburg 6 °C
Top-Themen
Politik
Regierung stellt neuen Haushaltsentwurf für das kommende Jahr vor
Der Finanzminister will mehr für Verteidigung und Bildung ausgeben und spart bei Subventionen.
dpa · vor 35 Minuten
Verkehr
Glatteis legt den Berufsverkehr in Teilen Niedersachsens lahm
vor 1 Std.
Feuerwehr rettet Hund aus zugefrorenem See bei Lüneburg
Die Einsatzkräfte brauchten fast eine Stunde, bis das Tier an Land war.
vor 2 Std.
"""


def test_a_mastheads_weather_line_is_no_card_under_its_date() -> None:
    drafts = split(MASTHEAD_WEATHER)
    assert [draft.title for draft in drafts] == [
        "Regierung stellt neuen Haushaltsentwurf für das kommende Jahr vor",
        "Glatteis legt den Berufsverkehr in Teilen Niedersachsens lahm",
        "Feuerwehr rettet Hund aus zugefrorenem See bei Lüneburg",
    ]
    assert [draft.time_text for draft in drafts] == ["vor 35 Minuten", "vor 1 Std.", "vor 2 Std."]


def test_weather_lines_are_a_place_and_its_temperature() -> None:
    for line in (
        "Berlin 4 °C",
        "Lisboa 27°",
        "New York 12°C / 54°F",
        "São Paulo 22°C",
        "Frankfurt am Main 9 °C",
        "Rio de Janeiro 31°",
        "12°",
    ):
        assert _weather_line(line)


def test_a_headline_with_a_temperature_is_no_weather_line() -> None:
    # must-stay (auditor C's C1): a headline's verb among the words, and longer headlines
    for line in (
        "Death Valley hits 54°C",
        "Brandenburg meldet 41,2 °C",
        "Madrid roza los 40°",
        "Météo : jusqu'à 25 °C attendus ce week-end dans le Sud-Ouest",
        "Heatwave pushes Seville to 44°C as Spain issues red alert",
        "Temperatures fall to -12°C across the north",
    ):
        assert not _weather_line(line)
    assert _is_title("Death Valley hits 54°C")
    assert _is_title("Brandenburg meldet 41,2 °C")


CHIPS_IN_OTHER_LANGUAGES = """\
Top-Themen
Politik
Koalition einigt sich auf Kompromiss beim Heizungsförderprogramm
Nach einer nächtlichen Sitzung einigten sich die Spitzen der Koalition auf neue Förderregeln.
dpa · vor 35 Minuten
Exklusiv
Bahn plant Sonderzüge für die Osterferien – aber nicht überall
Die Deutsche Bahn will in den Osterferien zusätzliche Verbindungen an Nord- und Ostsee anbieten.
Verkehr
Feuerwehr rettet Schwan aus zugefrorenem Hafenbecken in Kiel
vor 2 Std.
"""


def test_a_chip_in_another_language_is_no_source() -> None:
    drafts = split(CHIPS_IN_OTHER_LANGUAGES)
    titles = [draft.title for draft in drafts]
    assert "Bahn plant Sonderzüge für die Osterferien – aber nicht überall" in titles
    assert all(draft.source in {None, "dpa"} for draft in drafts)


def test_section_chips_are_known_in_six_languages() -> None:
    for chip in ("Exklusiv", "Transports", "Sanidad", "Cronaca", "Cotidiano", "Opmerkelijk"):
        assert is_section_name(chip)


STAMPED_LIST = """\
Noticias destacadas
El Gobierno aprueba el decreto que amplía el permiso por cuidado de familiares
Europa Press
hace 25 min
Deportes
El Atlético recupera a su capitán para el derbi del domingo
Marca
hace 50 min
"""

PAIRS_BLOCK = (
    STAMPED_LIST
    + """
Lo más leído
Hacienda enviará este año el borrador de la renta a partir del 2 de abril
El Periódico
Los cortes de tráfico previstos en Sevilla por las obras del metro
Diario de Sevilla
Qué se sabe del nuevo sistema de cita previa de la DGT
Xataka
"""
)


def test_a_block_of_title_and_publisher_pairs_is_a_list_of_cards() -> None:
    drafts = split(PAIRS_BLOCK)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts[2:]] == [
        (
            "Hacienda enviará este año el borrador de la renta a partir del 2 de abril",
            "El Periódico",
            None,
        ),
        (
            "Los cortes de tráfico previstos en Sevilla por las obras del metro",
            "Diario de Sevilla",
            None,
        ),
        ("Qué se sabe del nuevo sistema de cita previa de la DGT", "Xataka", None),
    ]


PAIR_AUTHORS = {
    "El Periódico": "Ana Ruiz",
    "Diario de Sevilla": "Pablo Gómez",
    "Xataka": "Lucía Martín",
}
PAIR_CHIPS = {"Hacienda": "Economía", "Los cortes": "Sevilla", "Qué se": "Motor"}


def _pairs_block_with(authors: bool = False, chips: bool = False) -> str:
    """``PAIRS_BLOCK`` without its publishers' lines: an author's line instead of each, or a
    chip over each title."""
    text = PAIRS_BLOCK
    for publisher, author in PAIR_AUTHORS.items():
        text = text.replace(f"{publisher}\n", f"{author}\n" if authors else "")
    for title, chip in PAIR_CHIPS.items() if chips else ():
        text = text.replace(f"\n{title}", f"\n{chip}\n{title}")
    return text


@pytest.mark.parametrize(
    "text",
    [_pairs_block_with(), _pairs_block_with(authors=True), _pairs_block_with(chips=True)],
    ids=["bare titles", "titles and authors", "chips over bare titles"],
)
def test_a_block_of_titles_without_publishers_stays_navigation(text: str) -> None:
    assert len(split(text)) == 2


def test_one_title_and_publisher_pair_is_no_list() -> None:
    # (a sponsored card whose label clean took, an article's credit)
    one = (
        STAMPED_LIST
        + "\nPatrocinado\nCómo invertir en renta fija con solo 100 euros al mes\nBanco Nimbus\n"
    )
    titles = [draft.title for draft in split(one)]
    assert "Cómo invertir en renta fija con solo 100 euros al mes" not in titles


SPONSORED_OVER_LIST = """\
Sponsored Stories
Recommended by Outbrain
Doctors Stunned: This Simple Trick Melts Belly Fat Overnight
HealthyLivingTips
Oklahoma Homeowners Are Getting Paid To Install Solar Panels
SunPower Quotes
More Nation & World
Federal judge blocks Kansas rule on water rights for feedlots
Associated Press
2 hrs ago
Missouri River barge traffic slows as levels fall to record lows
Associated Press
5 hrs ago
"""


def test_a_sponsored_block_of_pairs_is_no_list() -> None:
    # must-stay: a whole block of title / advertiser pairs under an ad's label
    sponsored = STAMPED_LIST + "\n" + SPONSORED_OVER_LIST.split("More Nation", maxsplit=1)[0]
    titles = [draft.title for draft in split(sponsored)]
    assert len(titles) == 2


SOURCE_FIRST_WITH_BYLINE = """\
Top coverage
Rich nations pledge $40bn adaptation fund as follow-up talks close
Financial Times
4 hours ago
Bloomberg — 6 hrs ago
World Bank eyes climate clause in debt deals for small islands
Reuters
Analysis: Why green bond issuance slowed so sharply this year
By Simon Jessop
Yesterday
"""


def test_a_publisher_over_a_bylined_title_stays_that_cards() -> None:
    # must-stay: an author under the next title is no sign that the name over it is the
    # card above's (source-first cards: "Reuters" / title / byline / stamp)
    drafts = split(SOURCE_FIRST_WITH_BYLINE)
    by_title = {draft.title: draft for draft in drafts}
    analysis = by_title["Analysis: Why green bond issuance slowed so sharply this year"]
    assert analysis.source == "Reuters" and analysis.time_text == "Yesterday"


LEAD_OVER_SOURCE_FIRST_LIST = """\
World
Ceasefire talks resume in Cairo as mediators press for a deal
Reuters
2 hours ago
Negotiators from both sides returned to Cairo on Saturday for a new round of talks, mediators said.
The talks are expected to last several days and focus on the release of hostages.
A senior official said the gaps between the two sides had narrowed in recent weeks.

More news
AP
3 hours ago
Floods displace thousands in northern Italy after days of rain
AFP
5 hours ago
Protests continue over pension reform in several French cities
"""


def test_a_leads_header_over_its_text_stays_the_lead() -> None:
    # must-stay: a title and a publisher over the first stamp, with the text under them
    drafts = split(LEAD_OVER_SOURCE_FIRST_LIST)
    assert drafts[0].title == "Ceasefire talks resume in Cairo as mediators press for a deal"
    assert drafts[0].role == "lead" and drafts[0].time_text == "2 hours ago"
    assert "gaps between the two sides had narrowed" in drafts[0].body


def test_sponsored_pairs_over_a_list_are_no_cards() -> None:
    # must-stay: title / advertiser pairs under an ad's label are ads, not stampless cards
    titles = [draft.title for draft in split(SPONSORED_OVER_LIST)]
    assert titles == [
        "Federal judge blocks Kansas rule on water rights for feedlots",
        "Missouri River barge traffic slows as levels fall to record lows",
    ]


MASTHEAD_OVER_SOURCE_FIRST_LIST = """\
Inicio
Argentina
Economía
Deportes
Ciencia y tecnología
Salud
Principales noticias
lunes, 3 de agosto
Córdoba
14°
Nublado
Infobae
hace 2 horas
El Gobierno oficializó la baja de retenciones a la soja y al maíz hasta fin de año
La medida, publicada en el Boletín Oficial, reduce la alícuota de la soja del 26 % al 24 %.
Clarín
hace 4 horas
Paro de colectivos en el AMBA: la UTA confirmó la medida para el jueves
"""


def test_a_mastheads_date_over_its_weather_heads_no_card() -> None:
    drafts = split(MASTHEAD_OVER_SOURCE_FIRST_LIST)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        (
            "El Gobierno oficializó la baja de retenciones a la soja y al maíz hasta fin de año",
            "hace 2 horas",
        ),
        ("Paro de colectivos en el AMBA: la UTA confirmó la medida para el jueves", "hace 4 horas"),
    ]


DATED_CARD_OVER_A_WEATHER_STORY = """\
Más noticias
3 de agosto de 2026
Ola polar: Buenos Aires registró la mañana más fría del año con 2 grados bajo cero
El Servicio Meteorológico Nacional emitió un alerta por temperaturas extremas en seis provincias.
4 de agosto de 2026
El Gobierno oficializó la baja de retenciones a la soja y al maíz hasta fin de año
La medida reduce la alícuota de la soja del 26 % al 24 %.
"""


def test_a_dated_card_over_a_weather_headline_keeps_its_date() -> None:
    # must-stay: a temperature in the card's headline makes no masthead of its date
    drafts = split(DATED_CARD_OVER_A_WEATHER_STORY)
    assert [draft.time_text for draft in drafts] == ["3 de agosto de 2026", "4 de agosto de 2026"]


# auditor C's C1: a short weather headline in a card list is a card's title, not a masthead's
# weather line (its words tell of the heat: a verb, not a place alone)
SHORT_HEAT_HEADLINE_CARDS = """\
World
Top stories
Ceasefire talks resume in Cairo as mediators push for deal
Reuters
2 hours ago
Death Valley hits 54°C
AP
3 hours ago
Floods displace thousands in northern Italy after record rainfall
ANSA
4 hours ago
Parliament approves pension reform after marathon session
Le Monde
5 hours ago
"""


def test_a_short_heat_headline_in_a_card_list_keeps_its_card() -> None:
    drafts = split(SHORT_HEAT_HEADLINE_CARDS)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Ceasefire talks resume in Cairo as mediators push for deal", "2 hours ago"),
        ("Death Valley hits 54°C", "3 hours ago"),
        ("Floods displace thousands in northern Italy after record rainfall", "4 hours ago"),
        ("Parliament approves pension reform after marathon session", "5 hours ago"),
    ]
    # (each card its own source; the last card's 'Le Monde' is not read on main either)
    assert [draft.source for draft in drafts[:3]] == ["Reuters", "AP", "ANSA"]


DE_HEAT_HEADLINE_UNDER_MASTHEAD_DATE = """\
Nachrichten
Politik
Sonntag, 12. Juli 2026
Top-Themen
Regierung stellt neuen Haushaltsentwurf für das kommende Jahr vor
Der Finanzminister will mehr für Verteidigung und Bildung ausgeben.
dpa · vor 35 Minuten
Wetter
Brandenburg meldet 41,2 °C
Der Deutsche Wetterdienst bestätigte am Nachmittag einen neuen Rekord für das Bundesland.
vor 1 Std.
Feuerwehr rettet Hund aus zugefrorenem See bei Lüneburg
Die Einsatzkräfte brauchten fast eine Stunde, bis das Tier an Land war.
vor 2 Std.
"""


def test_a_short_heat_headline_under_a_mastheads_date_keeps_its_card() -> None:
    drafts = split(DE_HEAT_HEADLINE_UNDER_MASTHEAD_DATE)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Regierung stellt neuen Haushaltsentwurf für das kommende Jahr vor", "vor 35 Minuten"),
        ("Brandenburg meldet 41,2 °C", "vor 1 Std."),
        ("Feuerwehr rettet Hund aus zugefrorenem See bei Lüneburg", "vor 2 Std."),
    ]
    assert drafts[0].source == "dpa"
    assert drafts[0].role != "lead"


DATED_CARDS_WITH_A_TITLE_CASE_HEAT_HEADLINE = """\
More news
July 12, 2026
Phoenix Hits 118°F
The city broke its record for the third day in a row, the weather service said.
July 11, 2026
Firefighters rescue dog from frozen lake near the harbour
Crews needed almost an hour to bring the animal ashore.
"""


def test_a_dated_title_case_heat_headline_keeps_its_date() -> None:
    # must-stay: a place-shaped heat headline ('Hits' capitalised) with its summary under
    # it is a card's title, so the date over it is the card's, no masthead's
    drafts = split(DATED_CARDS_WITH_A_TITLE_CASE_HEAT_HEADLINE)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Phoenix Hits 118°F", "July 12, 2026"),
        ("Firefighters rescue dog from frozen lake near the harbour", "July 11, 2026"),
    ]
