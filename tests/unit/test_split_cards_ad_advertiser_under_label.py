"""A title / summary / source / stamp list with an ad printed title / "Sponsorisé" /
advertiser among its cards, and a "see more" link under the last card's stamp: the
advertiser's name under the label is the ad's, the headline under it the next card's
(not the ad's title), and the link under the last stamp heads no card (the list does
not read stamp first). Must stay: a card printed source first, title and summary over
an advertiser under the label, keeps its lines."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

LIST = """\
À la une
Municipales : la liste d’union de la gauche dévoile son programme
Les candidats promettent la gratuité des cantines scolaires dès la rentrée prochaine.
AFP
il y a 2 heures
Grève à la SNCF : le trafic perturbé ce week-end
Ouest-France
il y a 3 heures
Inondations : le Var en vigilance rouge jusqu’à dimanche
Les pompiers ont effectué plus de 300 interventions dans la nuit.
Nice-Matin
il y a 5 heures
Mutuelle santé : comparez les offres en deux minutes
Sponsorisé
ComparMutuelle.fr
Rugby : le XV de France bat l’Australie au Stade de France
L’Équipe
il y a 7 heures
Climat : Paris accueille une conférence sur l’adaptation des villes
Le Monde
hier
Voir plus d’actualités
Les plus lus
"""

TITLES = [
    "Municipales : la liste d’union de la gauche dévoile son programme",
    "Grève à la SNCF : le trafic perturbé ce week-end",
    "Inondations : le Var en vigilance rouge jusqu’à dimanche",
    "Rugby : le XV de France bat l’Australie au Stade de France",
    "Climat : Paris accueille une conférence sur l’adaptation des villes",
]


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_advertiser_under_the_label_is_the_ads_and_the_next_card_stays() -> None:
    drafts = split(LIST)
    assert [d.title for d in drafts] == TITLES
    assert [d.time_text for d in drafts][3:] == ["il y a 7 heures", "hier"]


def test_must_stay_a_source_first_card_over_the_label_keeps_its_lines() -> None:
    text = (  # (a lead and a dated box over the list: no stamp-first page)
        "El Ebro se desborda a su paso por Zaragoza\n28/11/2026 10:00\n"
        "El río superó los cinco metros de altura en la capital aragonesa durante la noche.\n"
        "Los vecinos de las zonas ribereñas fueron desalojados de forma preventiva.\n"
        "La crecida de 2015, diez años después\n27/11/2026\n"
        "Repasamos qué obras se hicieron desde entonces y cuáles siguen pendientes.\n"
        "Últimas noticias\n"
        "EFE\n1 h\nLa Aemet prevé nevadas en el Pirineo a partir del lunes\n"
        "Europa Press\n45 min\nEl Gobierno y la oposición se reunirán antes de Navidad\n"
        "La reunión, la primera en más de un año, se centrará en la renovación de organismos.\n"
        "Patrocinado\n"
        "SegurosYa\nCompara seguros de coche y ahorra hasta un 40%\n"
        "Heraldo de Aragón\n5 h\nZaragoza aprueba la zona de bajas emisiones con multas\n"
    )
    titles = [d.title for d in split(text)]
    assert "El Gobierno y la oposición se reunirán antes de Navidad" in titles
