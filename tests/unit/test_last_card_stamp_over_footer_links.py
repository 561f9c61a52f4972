"""A page's last card, chip / title / summary / staff line / stamp, in a block opened by a
blank line, with only a footer link or two under it ("Mentions légales"): the stamp closes
that card (``_block_closes``), as it would at the page's very end; the card above it, a
title / summary / author without a stamp, does not run on into it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Le Quotidien
International
Afrique
Europe
Chili
Au Chili, Jeannette Jara et José Antonio Kast s’affrontent au second tour
Publié aujourd’hui à 11h20
Analyse
L’Inde et la Chine, un rapprochement prudent sous la pression de Washington
Les deux géants asiatiques ont rouvert cinq points de passage, mais les désaccords restent entiers.
Par Sophie Landrin (New Delhi, correspondante)

Afrique
Au Soudan, l’ONU alerte sur une famine « sans précédent » au Darfour-Nord
Le Programme alimentaire mondial estime que 640 000 personnes sont en situation de famine.
Le Quotidien avec AFP
Publié hier à 18h45
Politique d’utilisation des cookies
"""


def test_last_card_keeps_its_stamp_over_footer_links() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    soudan = [draft for draft in drafts if draft.title.startswith("Au Soudan")]
    inde = [draft for draft in drafts if draft.title.startswith("L’Inde")]
    assert len(soudan) == 1 and len(inde) == 1
    assert soudan[0].time_text == "Publié hier à 18h45"
    assert "Au Soudan" not in inde[0].body
