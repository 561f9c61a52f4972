"""A French list of the newest briefs under an article ("Le fil info": clock over title)
opens a block of teasers: each clock goes with the title under it, and the heading is no
card's title."""

from streams.boilerplate import Kind, classify
from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE_AND_FIL_INFO = (
    "Lyon\n"
    "Incendie dans un entrepôt de Vénissieux: trois pompiers légèrement blessés\n"
    "Publié aujourd'hui à 08h30\n"
    "Par La Rédaction avec AFP\n"
    "Un violent incendie s'est déclaré dans la nuit dans un entrepôt de la zone industrielle"
    " de Vénissieux, a-t-on appris auprès des pompiers du Rhône.\n"
    "Trois sapeurs-pompiers ont été légèrement blessés pendant l'intervention.\n"
    "Une enquête a été ouverte pour déterminer l'origine du sinistre.\n"
    "Le fil info\n"
    "11h05\n"
    "Villeurbanne: la ligne de tram T3 interrompue jusqu'à midi\n"
    "10h40\n"
    "Bron: deux blessés dans une collision sur le boulevard urbain\n"
)


def test_the_fil_info_heading_opens_a_block_of_teasers() -> None:
    assert classify("Le fil info") is Kind.RELATED


def test_each_clock_of_the_fil_info_goes_with_the_title_under_it() -> None:
    events = process_page(RawPage(text=ARTICLE_AND_FIL_INFO))
    assert [event.title for event in events[1:]] == [
        "Villeurbanne: la ligne de tram T3 interrompue jusqu'à midi",
        "Bron: deux blessés dans une collision sur le boulevard urbain",
    ]


FIL_INFO_PAGE = (
    "La Gazette de Lyon\n"
    "Le fil info\n"
    "Toute l'actualité en continu\n"
    "11h05\n"
    "Villeurbanne: la ligne de tram T3 interrompue jusqu'à midi\n"
    "Un incident technique bloque la circulation entre Gratte-Ciel et la gare Part-Dieu.\n"
    "10h40\n"
    "Bron: deux blessés dans une collision sur le boulevard urbain\n"
    "Les deux conducteurs ont été transportés à l'hôpital.\n"
    "10h15\n"
    "Basket: l'Asvel s'incline à domicile face à Monaco\n"
)


def test_the_fil_info_heading_over_the_page_is_no_card_heading() -> None:
    titles = [event.title for event in process_page(RawPage(text=FIL_INFO_PAGE))]
    assert titles == [
        "Villeurbanne: la ligne de tram T3 interrompue jusqu'à midi",
        "Bron: deux blessés dans une collision sur le boulevard urbain",
        "Basket: l'Asvel s'incline à domicile face à Monaco",
    ]
