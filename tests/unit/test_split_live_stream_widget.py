"""A live kicker over a channel's short name and a "watch live" button ("EN DIRECTO" /
"Canal Norte 24h" / "Ver directo") is the menu's stream widget, no live blog's headline:
a clock-first "Última hora" list under it stays a list of cards, and a real blog under the
widget keeps its own headline (auditor C's probe C19). A blog whose headline is a
scoreline over a standfirst that says "en directo" stays a blog."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 4, 13, 30, tzinfo=UTC)
URL = "https://www.teleriberia.example/ultima-hora"
WIDGET = "Noticias\nÚltima hora\nDeportes\nDirectos\nEN DIRECTO\nRibera TV 24h\nVer directo\n"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_clock_first_list_under_a_stream_widget_is_cards() -> None:
    text = (
        f"Tele Ribera\n{WIDGET}"
        "Última hora\n"
        "Todas las noticias ordenadas por hora de publicación\n"
        "13:08\nCierran el puerto fluvial al tráfico de mercancías por la crecida\n"
        "La capitanía ha ordenado el cese de las operaciones de carga hasta mañana. Se "
        "esperan caudales récord en la desembocadura.\n"
        "12:54\nEl Parlamento regional aprueba por unanimidad la ley de despoblación\n"
        "12:41\nUna eléctrica invertirá 300 millones en una planta de hidrógeno\n"
        "El proyecto creará 150 empleos directos y estará operativo en 2029, según ha "
        "anunciado la compañía en un comunicado.\n"
        "11:30\nSuspendidas las clases presenciales en 42 colegios el jueves\n"
        "10:15\nEl club anuncia la renovación de su capitán hasta 2030\n"
        "Cargar más noticias\n"
    )
    drafts = split(text)
    assert "Ribera TV 24h" not in [draft.title for draft in drafts]
    assert drafts[0].title == "Cierran el puerto fluvial al tráfico de mercancías por la crecida"
    assert all(draft.role == "related" for draft in drafts)
    assert len(drafts) == 5


def test_real_blog_under_a_stream_widget_keeps_its_headline() -> None:
    text = (
        f"Tele Ribera\n{WIDGET}"
        "EN DIRECTO\n"
        "Crecida del Ebro: el río desborda en tres pueblos y cortan carreteras\n"
        "Actualizado 13:10\n"
        "13:05\nLa capitanía ha cerrado el puerto a las operaciones de carga hasta mañana "
        "por la mañana.\n"
        "12:48\nLa Guardia Civil ha cortado la carretera nacional por la caída de un árbol. "
        "El tráfico se desvía por la autovía.\n"
        "12:30\nLa agencia meteorológica eleva a rojo el aviso por crecidas en la cuenca.\n"
        "Más noticias\n"
    )
    blog = split(text)[0]
    assert blog.title == "Crecida del Ebro: el río desborda en tres pueblos y cortan carreteras"
    assert "cortado la carretera nacional" in blog.body


def test_blog_with_a_scoreline_over_a_live_standfirst_stays_a_blog() -> None:
    """Must stay: "DIRECTO" / scoreline / "Sigue el derbi en directo" / clock entries."""
    text = (
        "Tele Ribera\nDeportes\nDIRECTO\nRibera Unido 1-0 Delta\nSigue el derbi en directo\n"
        "21:47\n¡Gol del Ribera Unido! El delantero recibe en la frontal, recorta y la cruza al "
        "segundo palo. 1-0 en el estadio.\n"
        "21:38\nOcasión clarísima del Delta: el nueve remata de cabeza y el portero saca una "
        "mano espectacular.\n"
        "21:31\nEmpieza el partido con un minuto de silencio en memoria de un exjugador.\n"
        "Más noticias\n"
    )
    blog = split(text)[0]
    assert blog.title == "Ribera Unido 1-0 Delta"
    assert "Ocasión clarísima del Delta" in blog.body


def test_ticker_with_a_short_headline_and_strap_over_clocks_stays_a_blog() -> None:
    """Must stay (auditor C's C-4, probes C42, C44): kicker / short headline / a short strap
    that says "live" / clock entries: a ticker, whose entries keep their clocks."""
    text = (
        "Tele Ribera\nNoticias\nLiveticker\nLandtagswahl Sachsen\nAlle Ergebnisse live\n"
        "19:42\nNach der ersten Hochrechnung liegt die CDU bei 31,5 Prozent, die AfD kommt "
        "auf 30,1 Prozent.\n"
        "19:15\nDie Wahlbeteiligung liegt nach Angaben des Landeswahlleiters deutlich höher "
        "als vor fünf Jahren.\n"
        "18:40\nIn Dresden haben die Wahllokale pünktlich geschlossen, erste Prognosen folgen "
        "in wenigen Minuten.\n"
        "Mehr Nachrichten\n"
    )
    blog = split(text)[0]
    assert blog.title == "Landtagswahl Sachsen"
    assert "19:15" in blog.body
