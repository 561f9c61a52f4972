"""The first stamped card of a page whose lead (a header that is no card: no stamp, its text)
stands above the card's block: a list's first card, read card by card with the list, not
a lead's header over its short text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 2, 27, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


LEAD = """\
Metro Matin
Les enseignants du secondaire appellent à une journée de grève le 12 mars
Les trois syndicats reprochent au ministère de maintenir la réforme des horaires sans concertation.
Par la rédaction

Les syndicats ont annoncé vendredi une nouvelle grève, la troisième depuis la rentrée.
Ils dénoncent une réforme qui réduirait le temps consacré aux langues et aux sciences.
« Aucune de nos propositions n'a été retenue », a déclaré la porte-parole du front commun.
La ministre a regretté une décision « injuste » et assure que le dialogue reste ouvert.

"""
LIST = """\
Le prix du pain augmente de 4 % dans les boulangeries de la capitale
Il y a 2 heures
Société
Le tram de la ligne 7 ne circulera pas pendant trois semaines cet été
Les travaux de rénovation des voies commenceront le 1er juillet entre la gare et le parc.
Belga
Monde
Séisme en Turquie : les secours poursuivent les recherches dans les décombres
AFP
Il y a 4 heures
"""


def test_card_under_the_leads_text_is_read_with_its_list() -> None:
    drafts = split(LEAD + LIST)
    titles = [draft.title for draft in drafts]
    assert titles[1:] == [
        "Le prix du pain augmente de 4 % dans les boulangeries de la capitale",
        "Le tram de la ligne 7 ne circulera pas pendant trois semaines cet été",
        "Séisme en Turquie : les secours poursuivent les recherches dans les décombres",
    ]
    assert drafts[2].source == "Belga" and drafts[2].time_text is None
    assert drafts[3].source == "AFP"


SHORT_LEAD = """\
Le prix du pain augmente de 4 % dans les boulangeries de la capitale
Il y a 2 heures
La hausse touche surtout la baguette et les pains spéciaux, selon la fédération.
Les artisans pointent le prix de la farine
La farine a doublé en deux ans, et la facture d'électricité aussi.
"""


def test_a_short_leads_subheading_stays_in_its_text() -> None:
    # the page's first card with no text above its block: a lead's header over its text
    drafts = split(SHORT_LEAD)
    assert [draft.title for draft in drafts] == [
        "Le prix du pain augmente de 4 % dans les boulangeries de la capitale"
    ]
    assert "Les artisans pointent le prix de la farine" in drafts[0].body


PORTAL = """\
Últimas
Governo anuncia novo programa de crédito para pequenas empresas do interior
O pacote prevê juros reduzidos e carência de um ano para quem contratar até dezembro.
Diário do Sul
há 40 min
Cidades
Prefeitura adia a reforma do terminal rodoviário para o segundo semestre
Gazeta Regional
há 2 horas
Bem-estar
Dormir menos de seis horas por noite eleva o risco de hipertensão, diz estudo
Revista Saúde Já

Fale conosco
"""


def test_a_lists_first_cards_publisher_is_no_text_of_it() -> None:
    # summary / publisher / stamp / the next card's chip under the first card: no article's
    # text; the list is read card by card, its last card (chip / title / publisher) too
    drafts = split(PORTAL)
    assert [draft.title for draft in drafts] == [
        "Governo anuncia novo programa de crédito para pequenas empresas do interior",
        "Prefeitura adia a reforma do terminal rodoviário para o segundo semestre",
        "Dormir menos de seis horas por noite eleva o risco de hipertensão, diz estudo",
    ]
    assert drafts[2].source == "Revista Saúde Já" and drafts[2].time_text is None
