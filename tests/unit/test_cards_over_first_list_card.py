"""A front page of title / summary / "stamp — Em Section" cards under its menu, with no blank
line between: two stamps over the first card the stamp-by-stamp reading found, each closing
a title and summary of its own, make the block's top a list's cards, not a lead's header."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Portal
Esportes
Economia
Política
Cultura
Câmara aprova novo marco das ferrovias e texto vai ao Senado
Projeto permite que empresas privadas construam trilhos com autorização simples do governo federal.
Há 1 hora — Em Política
Estiagem no Norte
Rio Madeira atinge menor nível da história em Porto Velho
Balsas deixaram de navegar e o abastecimento de cidades ribeirinhas depende agora de aviões.
Há 3 horas — Em Rondônia
01:45
Repórter mostra a rotina de quem vive às margens do rio durante a estiagem
Há 9 horas — Em Jornal Hoje
Publicidade
Abra sua conta digital sem tarifa
Banco Exemplo
Inflação de novembro fica abaixo do esperado pelo mercado
Preços de alimentos caíram pelo segundo mês seguido, segundo o instituto.
30/11/2026 09h10 — Em Economia
Loterias pagam prêmio acumulado neste sábado
Há 2 dias — Em Loterias"""


def test_the_cards_over_the_first_stamped_card_are_cards_not_a_lead() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    articles = process_page(page)
    assert [article.role for article in articles] == ["related"] * 5
    assert [article.title for article in articles[:3]] == [
        "Câmara aprova novo marco das ferrovias e texto vai ao Senado",
        "Rio Madeira atinge menor nível da história em Porto Velho",
        "Repórter mostra a rotina de quem vive às margens do rio durante a estiagem",
    ]
    assert "construam trilhos" in articles[0].body
    assert "Balsas deixaram de navegar" in articles[1].body
    assert "Balsas" not in articles[0].body
