"""A caption of one longer sentence (more than a short caption's fifteen words) between two
paragraphs, over an agency's copyright that says it is a picture's ("© BELGA PHOTO NAME"):
the copyright credits that caption, it is no footer ending the story; a sentence in the
text's voice (an auxiliary) over such a credit stays text."""

from datetime import UTC, datetime

from streams.captions import agency_copyright_under
from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)

CAPTION = (
    "Des voyageurs attendent sur un quai de la gare du Midi lors de la précédente "
    "grève des cheminots, en octobre."
)

PAGE = f"""\
Info
Grève des cheminots : trafic fortement perturbé mardi et mercredi
Publié le lundi 30 novembre 2026 à 11:42
Les syndicats de cheminots ont confirmé lundi leur préavis de grève de 48 heures contre la réforme.
Selon le plan de transport, les trains IC entre les grandes villes circuleront toutes les heures.
{CAPTION}
© BELGA PHOTO JEAN DUPONT
Le front commun syndical conteste l'alignement de l'âge de départ à la retraite des conducteurs.
Le ministre a regretté l'action et rappelé qu'une concertation était toujours en cours, selon lui.
"""


def test_the_picture_copyright_credits_the_longer_caption() -> None:
    [article] = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert "concertation était toujours en cours" in article.body
    assert CAPTION not in article.body
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, "BELGA PHOTO JEAN DUPONT")]


def test_a_sentence_in_the_texts_voice_is_no_caption() -> None:
    sentence = (
        "The regional operator said it will run one train in three on weekdays, with buses "
        "on the local lines."
    )
    assert not agency_copyright_under(sentence, "© BELGA PHOTO JEAN DUPONT")
