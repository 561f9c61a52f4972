"""Related cards that print headline / deck (no full stop) over their stamp: under a chip that
opens each card ("Bologna" / headline / deck / "un'ora fa"), and over an author's name and a
"Place - date" line ("Madrid - 28 nov 2026"), the upper line is the card's title and the deck
its summary, whatever their lengths (README: a teaser's body is its summary text)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_cards import _decked_list, _unstopped_deck
from streams.split_page import _features

FETCHED = datetime(2026, 3, 16, 20, 0, tzinfo=UTC)

_STORY = (
    "Cronaca\n"
    "Il consiglio approva il piano per le piste ciclabili del centro storico\n"
    "Il voto in aula dopo tre ore di dibattito. L'opposizione annuncia un ricorso al Tar.\n"
    "di Anna Rossi\n"
    "16 marzo 2026\n"
    "Il consiglio comunale ha approvato ieri sera il piano per le nuove piste ciclabili del "
    "centro storico, che prevede dodici chilometri di corsie protette entro il 2028.\n"
    "La giunta ha spiegato che i lavori partiranno in estate e che i cantieri saranno aperti "
    "di notte per ridurre i disagi al traffico delle vie principali.\n"
)


def _drafts(text: str, url: str | None = None) -> list[tuple[str, str]]:
    page = clean_page(RawPage(text=text, url=url, fetched_at=FETCHED))
    return [(d.title, d.body) for d in split_articles(page)]


def test_chip_over_headline_and_shorter_or_longer_deck() -> None:
    text = (
        _STORY + "Ti potrebbe interessare\n"
        "Bologna\n"
        "Aeroporto Marconi, record di passeggeri a febbraio\n"
        "Oltre 720mila viaggiatori, trainati dai voli internazionali\n"
        "un'ora fa\n"
        "Imola\n"
        "Autodromo, via libera al nuovo paddock\n"
        "Il progetto da 14 milioni sarà pronto per la stagione 2027\n"
        "ieri\n"
    )
    assert _drafts(text)[1:] == [
        (
            "Aeroporto Marconi, record di passeggeri a febbraio",
            "Oltre 720mila viaggiatori, trainati dai voli internazionali",
        ),
        (
            "Autodromo, via libera al nuovo paddock",
            "Il progetto da 14 milioni sarà pronto per la stagione 2027",
        ),
    ]


# title / deck / author / "Place - date" cards after a story (as clean gives their lines)
_PLACED_CARDS = (
    "La escasez de albañiles frena la construcción: faltan 700.000 trabajadores",
    "Los promotores advierten de que la edad media del sector supera los 50 años",
    "Manuel V. Gómez",
    "Madrid - 14 mar 2026",
    "El precio del alquiler sube un 11% y marca un nuevo récord en noviembre",
    "Idealista sitúa el metro cuadrado en 14,2 euros de media en España",
    "Fernando Peinado",
    "Madrid - 13 mar 2026",
)


def test_headline_deck_author_place_date_cards_are_a_decked_list() -> None:
    f = _features(_PLACED_CARDS, day=FETCHED.date(), fetched_at=FETCHED)
    assert _decked_list(f)
    # each deck is its card's summary (even under a "…: …" headline), so the line over it
    # is the card's title, not a kicker over it
    assert _unstopped_deck(f, 1, 0, set())
    assert _unstopped_deck(f, 5, 0, set())


def test_bare_date_under_an_author_is_no_placed_card() -> None:
    # (a tag page's day heading under a card's author: "Toby Lloyd" / "Thu 26 Nov 2026")
    lines = (*_PLACED_CARDS[:3], "Thu 12 Mar 2026", *_PLACED_CARDS[4:7], "Wed 11 Mar 2026")
    assert not _decked_list(_features(lines, day=FETCHED.date(), fetched_at=FETCHED))
