"""A front page of chip / title cards: a deck without its full stop under a headline whose
author's "di …" line closes the card is its summary, even when both open on a topic and a
comma; one card with a deck among chipped headline links is a teaser (README: a title with
a summary is a teaser), the bare links navigation."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _drafts(text: str) -> list[tuple[str, str]]:
    page = clean_page(RawPage(text=text, fetched_at=FETCHED))
    return [(d.title, d.body) for d in split_articles(page)]


def test_topic_comma_deck_over_a_byline_is_the_cards_summary() -> None:
    text = (
        "Il Quotidiano\n"
        "Cronaca\n"
        "Bilancio, il consiglio comunale approva il piano triennale\n"
        "Il sindaco ha parlato in aula. Le minoranze votano contro\n"
        "di Laura Bianchi\n"
        "Esteri\n"
        "Francia, il governo supera il voto di sfiducia: salvo il bilancio\n"
        "di Paolo Verdi\n"
        "Sport\n"
        "Torino-Genoa 3-0, Sanabria firma la doppietta decisiva\n"
        "Doppietta dell'attaccante, inutile il gol di Retegui\n"
        "di Marco Neri\n"
        "I più letti\n"
    )
    assert (
        "Torino-Genoa 3-0, Sanabria firma la doppietta decisiva",
        "Doppietta dell'attaccante, inutile il gol di Retegui",
    ) in _drafts(text)


def test_one_decked_card_among_chipped_links_is_a_teaser() -> None:
    text = (
        "El Diario\n"
        "Política\n"
        "La Legislatura aprobó la reforma del código electoral\n"
        "Fue con 31 votos a favor y 12 en contra tras un debate de nueve horas\n"
        "Sociedad\n"
        "Ola de calor: qué dice el pronóstico para el fin de semana\n"
        "Deportes\n"
        "Racing venció a Independiente y es puntero del torneo\n"
    )
    assert _drafts(text) == [
        (
            "La Legislatura aprobó la reforma del código electoral",
            "Fue con 31 votos a favor y 12 en contra tras un debate de nueve horas",
        )
    ]
