"""Title / summary / "Section · 2 h" cards with a sponsored card between them (the label,
which clean takes, over the ad's one headline): the last card, under the ad, keeps its
title and summary (the ad's line over it does not make it an article's header)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Portal
Notícias
Esporte
Prefeitura anuncia novo plano de obras para o centro da cidade
O projeto prevê a reforma de praças e calçadas até o fim do próximo ano.
Economia · há 30 min
Seleção feminina vence amistoso e garante vaga na final
Esporte · há 1 h
Conteúdo patrocinado
Investidores podem ter direito a restituição; saiba como pedir
Frente fria derruba temperaturas no litoral sul do estado
A queda deve chegar a oito graus até a manhã de quarta-feira.
Cotidiano · há 3 h
"""


def test_the_card_under_the_ad_is_kept() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts]
    assert titles[-1] == "Frente fria derruba temperaturas no litoral sul do estado"
    assert "oito graus" in drafts[-1].body
