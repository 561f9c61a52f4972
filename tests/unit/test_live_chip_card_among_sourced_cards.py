"""A "Liveblog" chip over one card of a front page's list: the cards under it print their own
chips, one closed by a "Source · age" meta line ("ANP · 2 uur geleden") rather than a bare
age. That card counts among the chipped cards that make the "Live" label a card's chip, not a
live blog's headline swallowing the cards under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 13, 20, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FRONT = """\
Nieuws
Zoeken
Binnenland
Kabinet trekt 1,2 miljard extra uit voor aanpak wachtlijsten jeugdzorg
Gemeenten krijgen het geld de komende drie jaar. Zij moeten in ruil daarvoor meer samenwerken.
1 uur geleden
Liveblog
Storm raakt het noorden: code oranje in Friesland en Groningen
12 min geleden
Economie
Inflatie daalt in november naar laagste niveau in drie jaar
ANP · 2 uur geleden
Sport
Ajax ontslaat trainer na vijfde nederlaag op rij
De club maakte het besluit maandagavond bekend. Assistent-trainer neemt tijdelijk de leiding over.
4 uur geleden
Over ons
"""


def test_live_chip_is_one_card_of_the_list() -> None:
    drafts = split(FRONT)
    assert [draft.title for draft in drafts] == [
        "Kabinet trekt 1,2 miljard extra uit voor aanpak wachtlijsten jeugdzorg",
        "Storm raakt het noorden: code oranje in Friesland en Groningen",
        "Inflatie daalt in november naar laagste niveau in drie jaar",
        "Ajax ontslaat trainer na vijfde nederlaag op rij",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[2].source == "ANP"


# the live card's chipped neighbours stand over it: "Monde" / title / "Belga · il y a 45 min"
# right over "En direct" / headline; one chipped card under it
FRONT_CHIPS_ABOVE = """\
Info
Belgique
Monde
À la une
Belgique
Grève nationale mardi: la SNCB ne garantit qu'un train sur trois
Les syndicats protestent contre la réforme des pensions, plusieurs lignes seront perturbées.
il y a 2 h
Monde
Élections en Roumanie: le candidat pro-européen en tête du premier tour
Belga · il y a 45 min
En direct
Tempête Oriel: suivez l'évolution de la situation en Wallonie
il y a 12 min
Économie
Les prix de l'énergie reculent pour le troisième mois consécutif
Selon Statbel, l'inflation est retombée à 2,1 % en novembre, son plus bas niveau depuis deux ans.
il y a 4 h
Contact
"""


def test_chipped_cards_over_the_live_card_count_too() -> None:
    drafts = split(FRONT_CHIPS_ABOVE)
    assert [draft.title for draft in drafts] == [
        "Grève nationale mardi: la SNCB ne garantit qu'un train sur trois",
        "Élections en Roumanie: le candidat pro-européen en tête du premier tour",
        "Tempête Oriel: suivez l'évolution de la situation en Wallonie",
        "Les prix de l'énergie reculent pour le troisième mois consécutif",
    ]
    assert all(draft.role == "related" for draft in drafts)


def test_live_card_alone_under_the_menu_keeps_its_reading() -> None:
    # no closed card over the label (only the menu): the chips over it count nothing
    page = (
        FRONT_CHIPS_ABOVE.split("À la une\n", maxsplit=1)[0]
        + FRONT_CHIPS_ABOVE.split("Belga · il y a 45 min\n")[1]
    )
    drafts = split(page)
    assert drafts[0].title == "Tempête Oriel: suivez l'évolution de la situation en Wallonie"
    assert drafts[0].role == "lead"


RAIL_OVER_BLOG = """\
Le Quotidien Wallon
Accueil
Belgique
À la une
Monde
Sommet de l'Otan : les alliés s'accordent sur un fonds pour l'Ukraine
Belga · il y a 40 min
Économie
Les prix de l'énergie reculent pour le troisième mois consécutif
AFP · il y a 1 h
En direct
Tempête Bert : inondations à Liège, la Meuse atteint un niveau record
Mis à jour il y a 5 min
10h52
La commune de Chaudfontaine a ordonné l'évacuation de trois rues le long de la Vesdre.
10h31
Le niveau de la Meuse à Liège a dépassé celui de juillet 2021 selon le service public.
Partager
"""


def test_chipped_rail_over_a_live_blog_leaves_the_blog_its_headline() -> None:
    """A rail of chipped cards right over a blog's "En direct" label, no chipped card under
    it: the cards over the label count only with one under it (auditor R101's probe)."""
    drafts = split(RAIL_OVER_BLOG)
    assert (
        drafts[0].title == "Tempête Bert : inondations à Liège, la Meuse atteint un niveau record"
    )
