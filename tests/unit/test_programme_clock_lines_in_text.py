"""A programme printed inside an article's text: clock-led lines ("Ore 20:00 - Apertura
della mostra") in a row, a sentence right above and right under them, stay in the body; a
live blog's entries or a card list of clock-led headlines are no such run."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def body_of(text: str) -> str:
    events = process_page(RawPage(text=text, fetched_at=FETCHED))
    assert len(events) == 1
    return events[0].body


HEADER = (
    "La Gazzetta di Verona\n"
    "Cultura\n"
    "Festa della luce, il lungadige chiuso al traffico per una sera\n"
    "Mostre, musica e fuochi sul fiume: ecco come si svolgerà la serata di venerdì.\n"
    "di Laura Bianchi\n"
    "29 novembre 2026\n"
    "Venerdì torna la Festa della luce, con il lungadige chiuso alle auto dalle 17 a mezzanotte.\n"
    "Il Comune ha annunciato bus navetta gratuiti dai parcheggi della stazione e della fiera.\n"
)


def test_clock_led_programme_between_paragraphs_stays_in_the_body() -> None:
    body = body_of(
        HEADER + "Ore 18:00 - Apertura della mostra a Castelvecchio\n"
        "Ore 20:30 - Concerto della banda cittadina\n"
        "Ore 22:15 - Fuochi d'artificio sul ponte Pietra\n"
        "Gli organizzatori contano su almeno trentamila persone, come lo scorso anno.\n"
    )
    assert "Ore 20:30 - Concerto della banda cittadina" in body
    assert "Ore 22:15 - Fuochi d'artificio sul ponte Pietra" in body
    assert "Gli organizzatori contano su almeno trentamila persone" in body


def test_must_stay_a_single_clock_led_line_between_paragraphs_is_no_programme() -> None:
    body = body_of(
        HEADER + "Ore 18:00 - Apertura della mostra a Castelvecchio\n"
        "Gli organizzatori contano su almeno trentamila persone, come lo scorso anno.\n"
    )
    assert "Ore 18:00" not in body
