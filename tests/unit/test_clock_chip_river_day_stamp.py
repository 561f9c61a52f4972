"""A news river of clock / chip / title cards ("Net binnen"): the caption under its heading
("Alle berichten in chronologische volgorde") tells how the list is ordered and is no card's
title, and the last card, printed with its day ("gisteren 22:05"), is the same card shape.
Read title-over-stamp, every title got the stamp of the card above it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 16, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://nieuws.example.nl/net-binnen", fetched_at=FETCHED)
    return split_articles(clean_page(page))


RIVER = """\
Nieuwsdienst
Zoeken
Menu
Voorpagina
Net binnen
Binnenland
Sport
Net binnen
Alle berichten in chronologische volgorde
15:41
Binnenland
Treinverkeer rond Utrecht urenlang plat door storing in seinsysteem
Reizigers moeten rekening houden met vertragingen tot het einde van de middag. \
ProRail zoekt nog naar de oorzaak.
15:20
Sport
Ajax neemt afscheid van trainer na teleurstellende reeks
14:55
Economie
Huizenprijzen stijgen voor het tiende kwartaal op rij
14:31
Buitenland
Aardbeving van 5,8 treft kust van Chili, geen gewonden gemeld
De beving was tot in de hoofdstad voelbaar. De autoriteiten gaven geen tsunamiwaarschuwing af.
Advertentie
Voordelig energie vergelijken – stap nu over
14:02
Tech
Nieuwe wet verplicht webwinkels tot duidelijkere retourregels
gisteren 22:05
Binnenland
Vrachtwagen kantelt op A12, weg uren dicht richting Arnhem
Meer laden
Meest gelezen
Over ons
Privacy
"""


def test_river_caption_is_no_title_and_each_clock_heads_its_card() -> None:
    drafts = split(RIVER)
    got = [(draft.title, draft.time_text) for draft in drafts]
    assert got == [
        ("Treinverkeer rond Utrecht urenlang plat door storing in seinsysteem", "15:41"),
        ("Ajax neemt afscheid van trainer na teleurstellende reeks", "15:20"),
        ("Huizenprijzen stijgen voor het tiende kwartaal op rij", "14:55"),
        ("Aardbeving van 5,8 treft kust van Chili, geen gewonden gemeld", "14:31"),
        ("Nieuwe wet verplicht webwinkels tot duidelijkere retourregels", "14:02"),
        ("Vrachtwagen kantelt op A12, weg uren dicht richting Arnhem", "gisteren 22:05"),
    ]
