"""split_live: a live blog's kicker in European Portuguese ("Em direto") or a bare Italian
"DIRETTA" proves the blog as "Ao vivo" / "IN DIRETTA" do (``data/live_labels.txt``): its
age-stamped entries stay in the one lead, no section front's cards."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

PT_BLOG = """\
Rádio Atlântica
Sociedade
{kicker}
Cheias no Mondego: estradas cortadas e centenas de desalojados em Coimbra
Atualizado há 8 min
há 8 min
Proteção Civil abre pavilhão para desalojados
O pavilhão municipal recebe desde esta manhã as famílias retiradas das margens do rio.
há 35 min
Comboios suspensos na Linha do Norte
A circulação entre Coimbra-B e Pampilhosa foi interrompida por precaução.
há 1 hora
Câmara pede que se evitem deslocações
O presidente da autarquia apelou à população para ficar em casa até ao fim da tarde.
"""

IT_BLOG = """\
Radio Adriatica
Cronaca
{kicker}
Neve in Abruzzo, paesi isolati e strade chiuse sull'Appennino
Aggiornato 4 minuti fa
4 minuti fa
Chiusa la statale per Campo Imperatore
L'Anas ha chiuso il tratto fino a nuovo avviso per il rischio valanghe.
30 minuti fa
Scuole chiuse a L'Aquila
Il sindaco ha firmato l'ordinanza di chiusura per domani e dopodomani.
1 ora fa
Sospesi i bus extraurbani
La società di trasporti ha fermato le corse verso i paesi di montagna.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    ("page", "kicker", "headline", "entry"),
    [
        (PT_BLOG, "Em direto", "Cheias no Mondego", "Comboios suspensos na Linha do Norte"),
        (PT_BLOG, "DIRETO", "Cheias no Mondego", "Comboios suspensos na Linha do Norte"),
        (IT_BLOG, "DIRETTA", "Neve in Abruzzo", "Scuole chiuse a L'Aquila"),
    ],
)
def test_age_entries_under_the_kicker_stay_in_one_blog(
    page: str, kicker: str, headline: str, entry: str
) -> None:
    drafts = split(page.format(kicker=kicker))
    assert len(drafts) == 1
    assert drafts[0].title.startswith(headline)
    assert entry in drafts[0].body
