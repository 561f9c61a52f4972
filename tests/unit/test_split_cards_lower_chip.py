"""A topic page's cards under lower-case section chips ("delhi news" / title / summary /
stamp / byline): the chip is a card's name slot, so a card without a stamp among them is
read as its own card, not folded into the card above. A one-word lower-case brand over a
title ("ge") is no chip: a title / publisher pair list keeps it as the card's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(
    2026, 11, 30, 9, 0, tzinfo=UTC
)  # (the topic page's fetch; the pairs' has no stamp read)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


TOPIC = (
    "Home / Topic / Delhi Air Pollution\n"
    "Delhi Air Pollution\n"
    "Follow\n"
    "Latest News\n"
    "Videos\n"
    "Photos\n"
    "delhi news\n"
    "Delhi AQI slips to ‘severe’ again, GRAP Stage 4 curbs back in force\n"
    "Schools in Delhi will shift to hybrid mode and construction on public "
    "projects stays suspended after the city’s average AQI crossed 450 on "
    "Sunday morning.\n"
    "Updated on Nov 30, 2026 10:48 AM IST\n"
    "By HT Correspondent, New Delhi\n"
    "delhi news\n"
    "Farm fires down 70% but Delhi’s air still toxic: What’s driving the smog?\n"
    "Experts point to vehicle emissions, low wind speed and a temperature "
    "inversion trapping pollutants close to the ground.\n"
    "Published on Nov 29, 2026 09:15 PM IST\n"
    "By Jasjeev Gandhiok\n"
    "HT Premium\n"
    "Why Delhi’s smog towers failed, and what the city spent on them\n"
    "Updated on Nov 29, 2026 06:02 PM IST\n"
    "Advertisement\n"
    "gurugram news\n"
    "Gurugram bans diesel generators in housing societies till January\n"
    "Published on Nov 28, 2026 11:30 AM IST\n"
    "noida news\n"
    "Noida schools told to suspend outdoor activities for two weeks\n"
    "Children with asthma have been advised to stay indoors, the district "
    "magistrate’s order said.\n"
    "By Snehil Sinha\n"
    "india news\n"
    "Supreme Court pulls up Punjab, Haryana over stubble burning data\n"
    "A bench said satellite figures submitted by the states did not match "
    "those from ISRO’s monitoring programme.\n"
    "Published on Nov 27, 2026 08:44 PM IST\n"
    "By Abraham Thomas\n"
    "Load More\n"
)


def test_stampless_card_under_a_lower_case_chip_is_its_own() -> None:
    drafts = split(TOPIC)
    titles = [draft.title for draft in drafts]
    noida = "Noida schools told to suspend outdoor activities for two weeks"
    assert noida in titles
    card = drafts[titles.index(noida)]
    assert card.time_text is None
    assert "Children with asthma" in card.body
    gurugram = drafts[
        titles.index("Gurugram bans diesel generators in housing societies till January")
    ]
    assert "Noida schools" not in gurugram.body


PAIRS = (
    "há 1 hora\n"
    "Economia\n"
    "Dólar abre em queda com dados de inflação nos EUA no radar\n"
    "Valor Econômico\n"
    "há 3 horas\n"
    "Ver mais notícias\n"
    "SaÃºde\n"
    "VacinaÃ§Ã£o\n"
    "MinistÃ©rio da SaÃºde amplia vacinaÃ§Ã£o contra gripe para todo o "
    "pÃºblico a partir dos 6 meses\n"
    "A campanha, que atÃ© agora era restrita a grupos prioritÃ¡rios, passa "
    "a valer em todos os estados a partir de quarta-feira.\n"
    "AgÃªncia Brasil\n"
    "hÃ¡ 5 horas\n"
    "Bem-estar\n"
    "Caminhar 7 mil passos por dia jÃ¡ reduz risco cardiovascular, aponta estudo\n"
    "CNN Brasil\n"
    "Conteúdo patrocinado\n"
    "Patrocinado\n"
    "Como investir em renda fixa com apenas R$ 100 por mês\n"
    "Banco Nimbus\n"
    "Mais lidas\n"
    "1\n"
    "Mega-Sena acumula e prêmio vai a R$ 85 milhões; veja as dezenas\n"
    "g1\n"
    "2\n"
    "Quem é o novo técnico da seleção feminina\n"
    "ge\n"
    "3\n"
    "Preço da gasolina cai pela quarta semana seguida nos postos\n"
    "Poder360\n"
    "Fale conosco\n"
    "Termos de uso\n"
)


def test_must_stay_a_one_word_lower_case_brand_is_a_pairs_publisher() -> None:
    drafts = split(PAIRS)
    by_title = {draft.title: draft for draft in drafts}
    assert by_title["Quem é o novo técnico da seleção feminina"].source == "ge"
    assert (
        by_title["Preço da gasolina cai pela quarta semana seguida nos postos"].source == "Poder360"
    )
