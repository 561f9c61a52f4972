"""A front page's stampless cards of chip / title / summary, the summary printed without its
full stop and however short, parted by the next card's chip, the card's byline or the
list's end: each is a card (auditor B's B-10: B-18, B-63). Must stay: bare headlines under
chips are links, no title over a summary; a video's length is no chip; a bare headline
over the next card's chip keeps no headline as its summary; "Le più lette" opens a links
list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_chipped_cards_with_short_unstopped_summaries_are_cards() -> None:
    text = (
        "Dagblad Noord\n"
        "Binnenland\n"
        "Provincie trekt extra geld uit voor dijkversterking\n"
        "Het waterschap begint volgend voorjaar met de werkzaamheden\n"
        "Sport\n"
        "Keeper van FC Noord verlengt contract tot medio 2029\n"
        "De doelman blijft nog drie seizoenen\n"
    )
    drafts = split(text)
    assert [(d.title, d.body) for d in drafts] == [
        (
            "Provincie trekt extra geld uit voor dijkversterking",
            "Het waterschap begint volgend voorjaar met de werkzaamheden",
        ),
        (
            "Keeper van FC Noord verlengt contract tot medio 2029",
            "De doelman blijft nog drie seizoenen",
        ),
    ]


def test_bylined_cards_with_a_quote_summary_and_a_most_read_list() -> None:
    text = (
        "Gazzetta del Lago\n"
        "ABBONATI\n"
        "Politica\n"
        "Regione, approvato il bilancio dopo una seduta notturna\n"
        "L’opposizione abbandona l’aula. Il presidente: «Un passo avanti»\n"
        "di Carla Ventura\n"
        "Cronaca\n"
        "Frana sulla provinciale, strada chiusa per tre giorni\n"
        "I tecnici valutano la stabilità del versante dopo le piogge di ieri\n"
        "di Paolo Ferri\n"
        "Le più lette\n"
        "Neve in collina, le previsioni del fine settimana\n"
        "Sagra del tartufo, il programma completo\n"
    )
    titles = [d.title for d in split(text)]
    assert titles == [
        "Regione, approvato il bilancio dopo una seduta notturna",
        "Frana sulla provinciale, strada chiusa per tre giorni",
    ]


def test_must_stay_bare_headlines_under_chips_are_no_cards() -> None:
    text = (
        "Dagblad Noord\n"
        "Binnenland\n"
        "Provincie trekt extra geld uit voor dijkversterking\n"
        "Gemeente stelt besluit over nieuwe woonwijk uit\n"
        "Brandweer rukt uit voor schoorsteenbrand in Haren\n"
        "Sport\n"
        "Keeper verlengt contract tot medio 2029\n"
        "Trainer blijft ondanks nederlaag in functie\n"
        "Schaatsers openen seizoen op natuurijs\n"
        "Video\n"
        "01:45\n"
        "Storm zorgt voor overlast op de wegen\n"
    )
    bodies = [d.body for d in split(text)]
    assert "Gemeente stelt besluit over nieuwe woonwijk uit" not in bodies
    assert "Trainer blijft ondanks nederlaag in functie" not in bodies
    assert "Schaatsers openen seizoen op natuurijs" not in bodies
