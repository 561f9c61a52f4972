"""A title / stamp card ends at its stamp when a bare headline with a short line under it
(a heading, a chip, an author) stands right under the stamp: a stampless card (a clip's
title) over another block (opinion, editorials), no text of the card. Before, the card's
body ran on to the next card and, past 40 words, made the card a lead. A story's text under
its stamp stays the story's (a caption and its credit over the paragraphs), and a summary
without its full stop over a comment count stays the card's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
URL = "https://www.gazetameridiana.example/"

EDITORIAL = (
    "A câmara celebra as contas certas, mas os autocarros nocturnos continuam a ser "
    "cortados. O equilíbrio não pode ser pago por quem trabalha no turno da noite."
)
HOME = (
    "Gazeta Meridiana\n"
    "Última hora\nPolítica\nCâmara\n"
    "Câmara aprova orçamento com excedente e descida das taxas de estacionamento\n"
    "O presidente apresentou as contas na quinta-feira à noite. A oposição já anunciou que "
    "vai votar contra na generalidade.\n"
    "há 45 min\n"
    "Exclusivo assinantes\n"
    "Sociedade\nHospitais\n"
    "Urgência do hospital do norte fecha à noite durante todo o mês de Abril\n"
    "há 3 horas\n"
    "Mundo\nBrasil\n"
    "Dois candidatos empatados nas sondagens a dois dias da votação\n"
    "Lusa\nhá 6 horas\n"
    "Como é viver num apartamento de 25 metros quadrados no centro\n"
    "há 5 horas\n"
    "Incêndio junto à circular: as imagens da noite\n"
    "Opinião\n"
    "Teresa de Sousa Lobo\n"
    "A Europa já não pode esperar por Washington\n"
    "Rui Tavares Neto\n"
    "O orçamento que ninguém quer ler\n"
    "Editorial\n"
    "Um excedente que não chega aos autocarros\n"
    f"{EDITORIAL}\n"
    "Mais lidas\n"
    "1\nPensões sobem até 3,1% em Janeiro: veja quanto vai receber\nhá 9 horas\n"
    "2\nPreço dos combustíveis desce na próxima semana\nontem\n"
    "Desporto\nFutebol\n"
    "Leões empatam fora e seguem na corrida aos oitavos\n"
    "Um golo de cabeça respondeu ao golo inicial da casa. Os leões somam quatro pontos.\n"
    "há 2 horas\n"
    "Desporto\nBasquetebol\n"
    "Clube do porto contrata novo base para os play-offs\n"
    "há 8 horas\n"
    "© 2026 Gazeta Meridiana. Todos os direitos reservados.\n"
)
CLIP = "Como é viver num apartamento de 25 metros quadrados no centro"


def split(text: str, url: str = URL) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def test_card_over_a_bare_headline_and_a_heading_ends_at_its_stamp() -> None:
    drafts = split(HOME)
    clip = next(draft for draft in drafts if draft.title == CLIP)
    assert clip.time_text == "há 5 horas"
    assert clip.body == ""
    assert all(draft.role == "related" for draft in drafts)
    # (the editorial under the opinion list is no text of the clip's card)
    assert all(
        draft.title == "Um excedente que não chega aos autocarros"
        for draft in drafts
        if "autocarros nocturnos" in draft.body
    )


def test_story_text_under_a_caption_and_its_credit_stays_the_leads() -> None:
    """Must stay: headline / stamp / caption without a full stop / credit, then the text."""
    text = (
        "Daily Meridian\nNews\n"
        "Fire crews fight a blaze at a paint factory on the ring road\n"
        "5 hours ago\n"
        "Firefighters at the factory gates on Tuesday night\n"
        "Jon Ellery\n"
        "More than sixty firefighters spent the night at the paint factory on the ring road, "
        "where a blaze broke out shortly after ten in a storage hall full of solvents.\n"
        "Residents of the three nearest streets were told to keep their windows shut until "
        "the morning, and the ring road stayed closed in both directions until dawn.\n"
        "The owner said no one had been hurt and that the cause of the fire was not yet "
        "known, adding that the hall had been inspected in January.\n"
    )
    lead = split(text, "https://www.dailymeridian.example/news/paint-factory-fire")[0]
    assert lead.title == "Fire crews fight a blaze at a paint factory on the ring road"
    assert "sixty firefighters spent the night" in lead.body
    assert "inspected in January" in lead.body


def test_summary_without_a_full_stop_over_a_comment_count_stays_the_cards() -> None:
    """Must stay: title / stamp / summary sentence without its stop / comment count."""
    summary = (
        "Chancellor expected to be pressed on why the watchdog scored less than forecast "
        "from the benefit changes"
    )
    text = (
        "Daily Meridian\nPolitics\nLIVE\n"
        "Politics live: chancellor to face the Treasury committee over savings gap\n"
        f"Updated 12m ago\n{summary}\n1,204\n"
        "Analysis\n"
        "The reshuffle was meant to reset the government. Backbenchers are not convinced\n"
        "3h ago\n418\n"
        "Farage says Reform would scrap the net zero target within 100 days\n"
        "5h ago\n2,967\n"
    )
    card = split(text, "https://www.dailymeridian.example/politics")[0]
    assert summary in card.body


TOP_STORY_TEXT = (
    "O ministro das Finanças entregou esta sexta-feira no Parlamento a proposta de Orçamento "
    "do Estado para 2027, que prevê um excedente de 0,3% do PIB.\n"
    "O PS vai votar contra.\n"
    "A descida do IRS abrange os rendimentos até ao 6.º escalão e custará cerca de 500 milhões "
    "de euros, segundo o documento entregue ao Parlamento.\n"
    '"São contas certas", disse o ministro.\n'
    "A votação na generalidade está marcada para o fim do mês, depois de duas semanas de "
    "audições aos ministros na comissão de Orçamento.\n"
)
CARDS_UNDER = (
    "Mais notícias\n"
    "Urgências do Amadora-Sintra fecham à noite durante todo o mês de Outubro\nhá 3 horas\n"
    "Carris vai retirar 40 autocarros a gasóleo até ao fim do ano\nLusa\nhá 4 horas\n"
    "Termos e condições\n"
)


def test_top_story_under_a_clip_or_a_fact_box_keeps_its_text() -> None:
    """Must stay (auditor C's C-2, probes C31 and C31d): a home page's top story printed
    whole, a clip (title / length / credit) or a key-figures box under its stamp, its
    paragraphs alternating long sentences and one-line quotes (no two long ones in a row)."""
    for under_stamp in (
        "Miranda Sarmento explica as contas\n02:10\nReuters\n",
        "Os números do Orçamento para 2027\nExcedente de 0,3%\nDívida abaixo de 90%\n",
    ):
        text = (
            "Saltar para o conteúdo\nDiário Lusitano\nAssinar\nEntrar\n"
            "Política\nSociedade\nEconomia\n"
            "Governo entrega OE2027 com excedente de 0,3% e descida do IRS\nhá 45 min\n"
            f"{under_stamp}{TOP_STORY_TEXT}{CARDS_UNDER}"
        )
        top = split(text, "https://www.diariolusitano.pt/")[0]
        assert top.title == "Governo entrega OE2027 com excedente de 0,3% e descida do IRS"
        assert "prevê um excedente de 0,3% do PIB" in top.body
        assert "duas semanas de audições" in top.body


def test_card_summary_under_a_box_of_figures_stays_the_cards() -> None:
    """Must stay (auditor C's C-2b, probe C31f): title / stamp / a box of short figures /
    the card's two-sentence summary / the next card."""
    text = (
        "Saltar para o conteúdo\nDiário Lusitano\nAssinar\nEntrar\n"
        "Política\nSociedade\nEconomia\n"
        "Governo entrega OE2027 com excedente de 0,3% e descida do IRS\nhá 45 min\n"
        "Os números do Orçamento para 2027\nExcedente de 0,3%\nDívida abaixo de 90%\n"
        "O ministro das Finanças entregou esta sexta-feira no Parlamento a proposta para 2027.\n"
        "O PS vai votar contra.\n"
        f"{CARDS_UNDER}"
    )
    card = split(text, "https://www.diariolusitano.pt/")[0]
    assert card.title == "Governo entrega OE2027 com excedente de 0,3% e descida do IRS"
    assert "entregou esta sexta-feira no Parlamento" in card.body
