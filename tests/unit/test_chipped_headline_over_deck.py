"""A portal's cards print chip / title / stamp; a card that prints one more line, chip /
headline / deck without a full stop / stamp, keeps the line under its chip as its title
and the deck as its text (the template puts the title under the chip). A lone label over
two headlines, with no chipped card under them, changes nothing; so does a kicker over a
longer headline (chip / kicker / headline / stamp)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = (
    "Portal Sul\n"
    "Notícias\n"
    "Esportes\n"
    "Assine\n"
    "Exclusivo\n"
    "Prefeitura suspende obras do metrô por falta de repasse federal\n"
    "Atraso deixa linha leste parada por meses\n"
    "há 40 min\n"
    "Vôlei\n"
    "Seleção feminina vence a Itália e vai à final da Liga\n"
    "há 3 h\n"
    "Saúde\n"
    "Campanha de vacinação contra a gripe é prorrogada até dezembro\n"
    "há 5 h\n"
    "Mais lidas\n"
)


def test_the_headline_under_the_chip_is_the_cards_title_and_the_deck_its_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    first = drafts[0]
    assert first.title == "Prefeitura suspende obras do metrô por falta de repasse federal"
    assert "Atraso deixa linha leste parada" in first.body
    assert [draft.title for draft in drafts[1:]] == [
        "Seleção feminina vence a Itália e vai à final da Liga",
        "Campanha de vacinação contra a gripe é prorrogada até dezembro",
    ]


LONE_LABEL = (
    "Top stories\n"
    "Live\n"
    "Gales close the Severn bridges as the storm moves east overnight\n"
    "Council approves budget with a rise in parking charges\n"
    "2 hours ago\n"
    "New rail timetable adds late trains on the coast line\n"
    "4 hours ago\n"
)


def test_a_lone_label_over_two_headlines_leaves_the_title_over_its_stamp() -> None:
    # must-stay
    drafts = split_articles(clean_page(RawPage(text=LONE_LABEL, fetched_at=FETCHED)))
    assert "Council approves budget with a rise in parking charges" in [d.title for d in drafts]
