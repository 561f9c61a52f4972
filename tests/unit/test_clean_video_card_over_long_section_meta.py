"""clean: a video card's title under its label and length stays when its meta line names
the section it is filed under at any length after the preposition ("Há 3 horas — Em Rio
Grande do Sul"): the line is the card's stamp, so the title is a card's, not a player's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

FEED = (
    "portal\nPolítica\nEconomia\nEsportes\n"
    "Senado aprova reforma do código eleitoral em votação simbólica\n"
    "Texto volta para a Câmara; mudanças valem para as eleições municipais.\n"
    "Há 1 hora — Em Política\n"
    "Inflação de novembro fica abaixo das expectativas do mercado\n"
    "Há 2 horas — Em Economia\n"
    "VÍDEO\n"
    "01:58\n"
    "Temporal derruba árvores e deixa bairros de Porto Alegre sem energia\n"
    "Há 3 horas — Em Rio Grande do Sul\n"
    "Grêmio anuncia novo técnico para a próxima temporada\n"
    "Clube fecha contrato de dois anos com o treinador argentino.\n"
    "Há 4 horas — Em Esportes\n"
    "Política de privacidade\n"
)


def test_a_video_cards_title_over_a_long_section_meta_line_is_kept() -> None:
    drafts = split_articles(clean_page(RawPage(text=FEED, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts]
    assert "Temporal derruba árvores e deixa bairros de Porto Alegre sem energia" in titles
    assert len(drafts) == 4
