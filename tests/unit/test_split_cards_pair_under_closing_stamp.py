"""A list's last card printed without a stamp, its publisher under its title, right under
a teaser its own stamp closes (title / summary / source / stamp), where the list's block
ends: "Title" / "Skuola.net" is a card (b206: it / fr portals, tuning b182); the reading
before missed publishers shaped as a domain. Must stay: a title over a person's name or a
place shaped as a masthead (probe s17C-H06, "El Ejido"), and a publisher's line with text
going on under it, make no card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 14, 15, 0, tzinfo=UTC)

TEXT = (
    "Il ponte sul Sile resterà chiuso al traffico da lunedì per almeno tre settimane,"
    " ha annunciato il Comune dopo le verifiche dei tecnici sulle strutture portanti.\n"
    "I lavori costeranno circa due milioni di euro e saranno finanziati con fondi"
    " regionali, mentre le linee degli autobus saranno deviate sul ponte della tangenziale.\n"
    "Secondo l'assessore ai lavori pubblici, le crepe erano state segnalate già nel"
    " 2024 ma la gara per il cantiere si era conclusa solo a marzo di quest'anno.\n"
)

PAGE = """\
Notizie
Cronaca
Treviso, chiude il ponte sul Sile per lavori urgenti di consolidamento
14 maggio 2026 ore 09:10
{text}
Potrebbe interessarti
Padova, nuova pista ciclabile lungo il Bacchiglione
Il tracciato collegherà il centro alla zona industriale in meno di venti minuti.
Corriere del Veneto
ieri
Venezia, il ticket d'accesso torna nei weekend di giugno
{tail}

I più letti
1
Bollo auto, le nuove scadenze regionali
3 ore fa
2
Meteo, il primo caldo arriva nel weekend
ieri
Chi siamo
"""

LAST = "Venezia, il ticket d'accesso torna nei weekend di giugno"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(tail: str) -> list[tuple[str | None, str]]:
    return [(draft.source, draft.title) for draft in split(PAGE.format(text=TEXT, tail=tail))]


def test_a_title_over_a_domain_publisher_under_a_closed_teaser_is_a_card() -> None:
    for name in ("Skuola.net", "Leggo.it", "Actu.fr"):
        assert (name, LAST) in cards(name), name


def test_must_stay_a_title_over_a_person_is_no_card() -> None:
    assert LAST not in [title for _, title in cards("Marco Bellini")]


def test_must_stay_a_title_over_a_place_shaped_as_a_masthead_is_no_card() -> None:
    text = (
        "Lo último\n"
        "El Senado aprueba la reforma de la ley de vivienda\nEl País · hace 2 horas\n"
        "El Ibex cierra la semana con una subida del 2 %\nExpansión · hace 3 horas\n"
        "Huelga de estibadores: el puerto prevé retrasos el lunes\nEl Confidencial · hace 4 horas\n"
        "Rescatan a un excursionista herido en la sierra de Gádor\n"
        "El Puerto\n"
        "Ver todas\n"
    )
    fetched = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=fetched)))
    assert "El Puerto" not in [draft.source for draft in drafts]


def test_must_stay_a_publisher_line_with_text_under_it_is_no_pair() -> None:
    tail = (
        "Skuola.net\n"
        "La misura resterà in vigore fino a fine luglio, con tariffe più alte nei giorni"
        " da bollino rosso."
    )
    assert ("Skuola.net", LAST) not in cards(tail)
