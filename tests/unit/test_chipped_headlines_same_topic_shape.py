"""A section front's chip over two headlines printed alike, each opening on its topic and a
comma ("Pensioni, la manovra …" under "Mps-Mediobanca, via libera …"): the second is a link
of its own, no unstopped summary of the first (audit D's d01)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_second_topic_comma_headline_under_a_chip_is_no_summary() -> None:
    text = (
        "Sport\n"
        "Calciomercato, il Torino cerca un difensore centrale\n"
        "Ciclismo, la nuova squadra presenta il calendario\n"
        "Cultura\n"
        "Teatro Regio, il cartellone della prossima stagione\n"
        "Mostre, a Palazzo Reale arrivano i maestri fiamminghi\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    bodies = [d.body for d in drafts]
    assert "Ciclismo, la nuova squadra presenta il calendario" not in bodies
    assert "Mostre, a Palazzo Reale arrivano i maestri fiamminghi" not in bodies
