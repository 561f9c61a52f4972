"""A story's paragraph reporting what someone says, between a subscriber pitch set into
the text and a newsletter box's pitch, is the text's, not the widget's description."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = "\n".join(
    [
        "Jornal do Planalto",
        "Economia",
        "Petrobras reduz preço do diesel nas refinarias a partir de sexta",
        "Queda média será de R$ 0,12 por litro",
        "Ana Souza",
        "Brasília",
        "ontem às 17h10",
        (
            "A Petrobras anunciou nesta quinta-feira uma redução de 3,5% no preço médio "
            "do diesel vendido às distribuidoras."
        ),
        (
            "Segundo a estatal, a queda acompanha a baixa das cotações internacionais "
            "do petróleo nas últimas semanas."
        ),
        (
            "Você já conhece as vantagens de ser assinante do Jornal do Planalto? Além "
            "de ter acesso a reportagens e colunas, você conta com newsletters exclusivas."
        ),
        (
            "Analistas ouvidos pela reportagem avaliam que o repasse ao consumidor "
            "final deve levar até duas semanas."
        ),
        "Receba notícias do Jornal do Planalto",
        "Cadastre-se e escolha quais newsletters gostaria de receber",
    ]
)


def test_a_reported_paragraph_between_two_pitches_stays() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 4, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert "Analistas ouvidos pela reportagem avaliam" in lead.body
