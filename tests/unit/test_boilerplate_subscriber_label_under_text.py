"""boilerplate: a paywall's label printed under the text it locks ("Artigo Exclusivo para
assinantes", "Articolo riservato agli abbonati") is no text of the story (audit B's B-12):
under a link set into the text it let the closing paragraph read as the link's summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Semanário\nEconomia\n"
    "Governo admite baixar o IVA da eletricidade já em janeiro\n"
    "Ministro das Finanças fala em margem orçamental para a medida\n"
    "Ana Sousa\n"
    "28 novembro 2026 9:30\n"
    "O Governo está disponível para baixar o IVA da eletricidade já em janeiro, disse o "
    "ministro das Finanças esta sexta-feira no Parlamento.\n"
    "Leia também\n"
    "Quanto vai pagar a menos na fatura da luz\n"
    "A oposição pede mais detalhes antes da votação. O debate fica marcado para terça-feira.\n"
    "Artigo Exclusivo para assinantes\n"
    "Assine já\n"
)


def test_a_subscriber_label_under_the_text_leaves_its_last_paragraph_in_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert "O debate fica marcado" in drafts[0].body
    assert "Exclusivo para assinantes" not in drafts[0].body
