"""A fact check's header: a menu's last link ("Qui sommes-nous ?"), a language switch and
a rating chip ("Fausse information") over the headline, "Auteur(s) :" and the agency,
stamps, text. The short lines that are neither titles nor sentences are one run of chips
over the headline, so the long title-like line under them is the headline (README: the
headline as printed, not the kicker or section label above it)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

HEADER = (
    "Factuel\n"
    "Accueil\n"
    "Vérifications\n"
    "Éducation aux médias\n"
    "Qui sommes-nous ?\n"
    "Français\n"
    "Fausse information\n"
    "Non, cette vidéo ne montre pas des pluies de grêle géantes à Marseille cette semaine\n"
    "Auteur(s) :\n"
    "AFP France\n"
    "Publié le 27 novembre 2026 à 17:42\n"
    "Une vidéo montrant des grêlons de la taille de balles de tennis a été partagée plus de "
    "40 000 fois depuis le 25 novembre sur les réseaux sociaux, présentée comme filmée à "
    "Marseille cette semaine.\n"
    "Cette vidéo a été tournée à Udine (Italie) en juillet 2023, et non à Marseille en "
    "novembre 2026, comme le montre une recherche d’image inversée.\n"
)


def test_rating_chip_under_a_menu_link_is_no_headline() -> None:
    drafts = split_articles(clean_page(RawPage(text=HEADER, fetched_at=FETCHED)))
    assert drafts[0].title == (
        "Non, cette vidéo ne montre pas des pluies de grêle géantes à Marseille cette semaine"
    )
