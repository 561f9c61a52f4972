"""A card list's headline over a longer summary without a full stop: the headline stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 11, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


LOCAL_LIST = """\
News
Cardiff
Swansea
All the latest news from across the county
Rhondda
Families in Treorchy told they face months without a bus service after bridge closure
By Gareth Lewis
15:48, 11 MAR 2026
Cardiff
Police close a street in Splott after a man is found seriously injured
Officers were called to Carlisle Street shortly before 2pm and a cordon remains in place tonight
By Ffion Pritchard
17:05, 11 MAR 2026
Newport
Council confirms 4.95% council tax rise after a heated budget meeting
Opposition councillors walked out before the vote, accusing the cabinet of balancing the books \
on residents
By Ffion Pritchard
12:31, 11 MAR 2026
Pembrokeshire
Ferry operator scraps extra summer sailings from Fishguard harbour
By Rhian Owens
09:40, 11 MAR 2026
"""


def test_headline_over_a_longer_summary_keeps_its_title() -> None:
    drafts = split(LOCAL_LIST)
    assert [draft.title for draft in drafts] == [
        "Families in Treorchy told they face months without a bus service after bridge closure",
        "Police close a street in Splott after a man is found seriously injured",
        "Council confirms 4.95% council tax rise after a heated budget meeting",
        "Ferry operator scraps extra summer sailings from Fishguard harbour",
    ]
    assert "cordon remains in place" in drafts[1].body
    assert "balancing the books on residents" in drafts[2].body


HEADING_OVER_FIRST_CARD = """\
News
Sport
Top Stories: Thanksgiving travel
The weekend's travel rush, from airports to highways
TSA braces for record 3.1 million passengers on Sunday after Thanksgiving
CNN · 3h
The TSA expects Sunday to be its busiest day ever as holiday travelers head home.
Winter storm threatens return trips across the Upper Midwest
The Weather Channel · 45m
Up to a foot of snow is forecast for parts of Minnesota and Wisconsin by Sunday night.
Airlines add flights as the holiday rush builds at the big hubs
Reuters · 5h
Carriers added more than 400 extra flights for the return leg of the holiday week.
"""


def test_heading_over_the_first_card_alone_is_no_title() -> None:
    # must stay: a headline-long heading over the first card's headline, no later card of
    # that shape: the line under it is the title
    drafts = split(HEADING_OVER_FIRST_CARD)
    assert drafts[0].title == (
        "TSA braces for record 3.1 million passengers on Sunday after Thanksgiving"
    )


KICKER_LIST = """\
Region
Streit um die Elbvertiefung
Reederverband fordert schnellere Genehmigung für die nächste Ausbaustufe der Fahrrinne
22.01.2026
Hafen
Neue Containerbrücken
Terminal in Waltershof bekommt drei neue Kräne für die größten Schiffe der Welt
21.01.2026
"""


def test_kicker_over_headline_still_gives_the_headline() -> None:
    # must stay: a few words over a longer line are a kicker over the headline
    titles = [draft.title for draft in split(KICKER_LIST)]
    assert titles[0] == (
        "Reederverband fordert schnellere Genehmigung für die nächste Ausbaustufe der Fahrrinne"
    )


# must stay (auditor B's B-H3, probes B22/B23): a long kicker over the first card's headline,
# in a list whose later cards print headline / summary
LONG_KICKER_FIRST = """\
Valladolid
Provincia
La investigación sigue abierta un año después del accidente
La Guardia Civil reconstruye con un dron el choque múltiple de la A-62 que dejó cinco heridos
Por Ana Rodríguez
10/03/2026
El Ayuntamiento aprueba el plan de movilidad para el centro de la ciudad
Por Javier Gil
10/03/2026
Las obras del soterramiento entran en su fase más complicada este mes
Adif cortará durante tres fines de semana la circulación de trenes entre Valladolid y Medina \
del Campo
Por Marta Sanz
09/03/2026
"""


def test_long_kicker_over_the_first_cards_headline_stays_a_kicker() -> None:
    titles = [draft.title for draft in split(LONG_KICKER_FIRST)]
    assert titles[0] == (
        "La Guardia Civil reconstruye con un dron el choque múltiple de la A-62 que dejó cinco "
        "heridos"
    )
