"""A links box in the header ("Leia também" / one bare link) over the article's own dateline
("Porto - 27 nov 2026 10:05"): the link goes as navigation, the dateline is no second link
and no box's line; it stays the lead's stamp, and the text under it is the lead's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Sociedade
Câmara do Porto aprova novas regras para o alojamento local no centro histórico
A medida suspende novas licenças durante um ano em quatro freguesias da cidade
Leia também
Preço das casas volta a subir no terceiro trimestre
Porto - 27 nov 2026 10:05
A Câmara Municipal do Porto aprovou esta sexta-feira a suspensão de novas licenças de alojamento local em quatro freguesias do centro histórico.
A decisão foi tomada com os votos favoráveis da maioria e terá a duração de um ano, segundo o vereador do Urbanismo.
Os proprietários de imóveis já licenciados não serão afetados pela medida, garantiu a autarquia.
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_dateline_under_the_header_link_stays_the_leads_stamp() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    assert drafts[0].time_text is not None
    assert "27 nov 2026" in drafts[0].time_text
    assert "Preço das casas" not in drafts[0].body
    assert "A Câmara Municipal do Porto aprovou" in drafts[0].body


OFFERED = """\
Sociedad
Rosario extiende el horario de los colectivos durante las fiestas
Las líneas nocturnas funcionarán cada veinte minutos entre el 22 de diciembre y el 2 de enero
Te puede interesar
Corte total en el puente Rosario-Victoria por obras de bacheo
Rosario - 28 de noviembre de 2026
La Municipalidad de Rosario anunció este viernes que los colectivos extenderán su horario durante las fiestas de fin de año.
Las líneas nocturnas tendrán frecuencias de veinte minutos y sumarán unidades en los barrios del oeste de la ciudad.
La medida busca acompañar el movimiento de visitantes que se espera para la temporada de verano.
"""  # noqa: E501


def test_the_dateline_under_an_offered_story_link_keeps_the_leads_title() -> None:
    drafts = split(OFFERED)
    assert [draft.title for draft in drafts] == [
        "Rosario extiende el horario de los colectivos durante las fiestas"
    ]
    assert drafts[0].time_text is not None
    assert "Corte total" not in drafts[0].body
