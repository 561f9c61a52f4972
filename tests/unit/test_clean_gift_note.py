"""clean: a subscriber's gift note over the text ("Cet article vous est offert par …") is
UI, not the headline: the header above the stamp keeps its headline and standfirst, and
the author's name over the stamp is no source (audit B's B-5)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "note",
    [
        "Cet article vous est offert par La Gazette",
        "Dieser Artikel wurde Ihnen geschenkt",
        "This article was gifted to you",
    ],
    ids=["fr", "de", "en"],
)
def test_the_gift_note_under_the_stamp_is_no_headline(note: str) -> None:
    page = (
        "La Gazette\nRégion\nSports\nRégion\n"
        "Le conseil communal vote la gratuité des transports pour les écoliers\n"
        "La mesure coûtera deux millions par an et entrera en vigueur à la rentrée.\n"
        "Marc Dubois\nPublié le 27 novembre 2026 à 09:30.\n"
        f"{note}\n"
        "Le conseil communal a adopté jeudi soir la gratuité des bus pour tous les élèves "
        "domiciliés dans la commune.\n"
        "La droite a dénoncé une dépense mal ciblée.\n"
        "Les parents devront inscrire leurs enfants avant la fin de l'année.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Le conseil communal vote")
    assert drafts[0].body.startswith("La mesure coûtera")
    assert note not in drafts[0].body
    assert drafts[0].source is None
