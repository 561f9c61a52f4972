"""split: a list's heading of a title's length over its first title / publisher / stamp
card ("Die wichtigsten Nachrichten des Tages" / title / "Der Spiegel" / "vor 2 Std.") is no
card's title: the list is read card by card, so a stampless title / publisher / summary
card among the stamped ones keeps its title and summary (audit D's D-2)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CARDS = (
    "Selenskyj bittet Europa um mehr Flugabwehr vor dem Winter\n"
    "Der Spiegel\n"
    "vor 2 Std.\n"
    "Koalition ringt weiter um Milliardenlücke im Etat für 2027\n"
    "Tagesschau\n"
    "vor 3 Std.\n"
    "Wie die Energiewende auf dem Land ins Stocken geraten ist\n"
    "Zeit Online\n"
    "Landkreise klagen über fehlende Netze und lange Genehmigungsverfahren für Windräder.\n"
    "Mieten in Großstädten steigen um elf Prozent binnen eines Jahres\n"
    "Tagesspiegel\n"
    "vor 4 Std.\n"
    "Mehr Nachrichten\n"
)
STAMPLESS = "Wie die Energiewende auf dem Land ins Stocken geraten ist"


def _drafts(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_stampless_card_under_a_headed_list_keeps_its_summary() -> None:
    drafts = _drafts("Startseite\nPolitik\nDie wichtigsten Nachrichten des Tages\n" + CARDS)
    cards = {draft.title: draft for draft in drafts}
    assert STAMPLESS in cards
    assert cards[STAMPLESS].body.startswith("Landkreise klagen")
    assert len(drafts) == 4


def test_cards_with_their_own_kickers_keep_their_titles() -> None:
    # must-stay: a kicker over each card is no list heading; no card nor line is lost
    drafts = _drafts(
        "Startseite\nPolitik\nKrieg in der Ukraine\n"
        "Selenskyj bittet Europa um mehr Flugabwehr vor dem Winter\n"
        "Der Spiegel\nvor 2 Std.\nWohnen in der Stadt\n"
        "Mieten in Großstädten steigen um elf Prozent binnen eines Jahres\n"
        "Tagesspiegel\nvor 4 Std.\nMehr Nachrichten\n"
    )
    titles = [draft.title for draft in drafts]
    assert titles[0] == "Selenskyj bittet Europa um mehr Flugabwehr vor dem Winter"
    assert "Mieten in Großstädten steigen um elf Prozent binnen eines Jahres" in titles


def test_a_topic_description_over_a_stamp_first_list_stays_no_title() -> None:
    # must-stay: topic / description / heading / "site · 20 min ago" / title / summary …
    drafts = _drafts(
        "Topic\n"
        "Ferry strike on the lakes\n"
        "Every report and background piece on the dispute between the ferry operator and "
        "its crews\n"
        "Current Headlines\n"
        "lakesidecourier.com · 20 min ago\n"
        "Ferry crews accept mediation, Monday walkout called off\n"
        "The operator and the crews' union agreed to talks led by two retired judges.\n"
        "3 hrs ago\n"
        "Commuters on the north shore brace for a week of delays\n"
        "Northshore Daily\n"
        "Employers are letting staff work from home while the crossings run a reduced "
        "timetable.\n"
    )
    assert drafts[0].title == "Ferry crews accept mediation, Monday walkout called off"
