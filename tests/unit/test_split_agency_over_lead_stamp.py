"""A news agency's name alone over the lead's stamp, past a key points box under the
headline ("L'essentiel" / points / "Belga" / "Publié le …"), is the byline's place: the
story's source (README, Source: "PTI" alone in the byline's place)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
URL = "https://infobelge.example/article/greve-des-ports"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def page(byline: str) -> str:
    return (
        "Info\nRégions\nÉconomie\nAccueil\n›\nInfo\n›\nBelgique\n"
        "Grève des dockers : le port d’Anvers à l’arrêt jusqu’à jeudi\n"
        "L'essentiel\n"
        "Les syndicats de dockers confirment deux jours de grève contre la réforme du statut.\n"
        "Une centaine de navires attendent au large de Flessingue.\n"
        "Le port prévoit de prioriser les marchandises périssables.\n"
        f"{byline}\n"
        "Publié le 30 novembre 2026 à 10:05\n"
        "Partager\n"
        "Les trois syndicats de dockers ont confirmé lundi matin la grève prévue mardi et "
        "mercredi, après une réunion jugée « inutile » avec le ministre de l’Emploi.\n"
        "« Nous n’avons pas d’autre choix que de maintenir l’action », a déclaré le porte-parole "
        "du front commun lors d’une conférence de presse à Anvers.\n"
        "L’autorité portuaire estime que chaque journée de grève coûte plusieurs dizaines de "
        "millions d’euros aux entreprises du port.\n"
    )


def test_agency_over_the_stamp_under_a_key_points_box_is_the_source() -> None:
    lead = split(page("Belga"))[0]
    assert lead.title == "Grève des dockers : le port d’Anvers à l’arrêt jusqu’à jeudi"
    assert lead.source == "Belga"


def test_section_word_over_the_stamp_is_no_source() -> None:
    """Must stay: a word that names no agency over the stamp is no publisher."""
    assert split(page("Mobilité"))[0].source is None
