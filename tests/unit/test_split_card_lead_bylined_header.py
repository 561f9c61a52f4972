"""split: a story read among cards (its header over a byline, the cards after it) stays
the lead when a later card prints two lines or the next story two paragraphs (audit B's
PE-9, probes Q06, Q07, Q08, Q10, Q10b). Without a byline under the first headline only,
cards of two-line summaries stay a list without a lead."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

EN_HEADER = (
    "News\nLocal\nCouncil approves new cycle lanes on Harbour Road\nBy Priya Raman\n"
    "28 November 2026\n"
    "Councillors approved plans for protected cycle lanes on Harbour Road on Thursday night "
    "by nine votes to four.\nWork is due to start in March and take six months.\n"
)
DE_HEADER = (
    "Lokales\nStadtrat beschließt neue Radwege in der Innenstadt\nVon Eva Huber\n"
    "10.03.2026, 16:20 Uhr\n"
    "Der Stadtrat hat am Dienstag neue Radwege in der Innenstadt beschlossen. Die Kosten "
    "liegen bei 4,2 Millionen Euro.\nDie Arbeiten sollen im Sommer beginnen.\n"
)
DE_CARDS = (
    "Busfahrpreise bleiben stabil\n09.03.2026\nNeues Parkhaus öffnet im Frühjahr\n08.03.2026\n"
    "Das Parkhaus an der Mühlstraße hat 400 Stellplätze.\nEine Stunde kostet einen Euro.\n"
)

HEADLINES = {
    "Council approves new cycle lanes on Harbour Road",
    "Stadtrat beschließt neue Radwege in der Innenstadt",
    "Les régions s'accordent sur la réforme des transports scolaires",
}

PAGES = {
    "Q08-latest-stamp-first-cards": EN_HEADER
    + "Latest\n2 hours ago\nBus fares frozen for another year\n"
    "The county council has frozen fares on all its supported routes until April 2028.\n"
    "5 hours ago\nNew car park to open in spring\n"
    "The 400-space car park on Mill Lane will open in April, the council said.\n"
    "Drivers will pay £1 an hour.\n",
    "Q06-read-next-then-next-story": EN_HEADER.replace("News\n", "")
    + "Read next\nBus fares frozen for another year\n27 November 2026\n"
    "New car park to open in spring\n25 November 2026\nEducation\n"
    "School to get new science block after decade of delays\n"
    "Pupils at Hillside Academy have been taught in temporary classrooms since 2015.\n"
    "The new block will open in September.\n",
    "Q07-fr-a-lire-aussi-then-next-story": (
        "Actualités\nPolitique\nLes régions s'accordent sur la réforme des transports scolaires\n"
        "Par Julie Martin\nPublié le 10/03/2026 à 09h40\n"
        "Les régions ont trouvé un accord sur la réforme des transports scolaires après six "
        "mois de négociations avec l'État.\n"
        "Les départements ruraux dénoncent toutefois un financement insuffisant.\n"
        "À lire aussi\nTransports scolaires : ce qui change à la rentrée\n09/03/2026\n"
        "Les chauffeurs de car en grève dans l'Ouest\n07/03/2026\n"
        "Nouvelle hausse du prix des péages au 1er février\n"
        "Les tarifs des autoroutes augmenteront en moyenne de 2,1 %, a annoncé mardi le "
        "ministère des Transports.\nLes associations d'usagers dénoncent une hausse injustifiée.\n"
    ),
    "Q10-de-weitere-meldungen": DE_HEADER + "Weitere Meldungen\n" + DE_CARDS,
    "Q10b-de-mehr-zum-thema": DE_HEADER + "Mehr zum Thema\n" + DE_CARDS,
}


def _split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://example.com/news/x", fetched_at=FETCHED)
    return split_articles(clean_page(page))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_bylined_story_over_cards_stays_the_lead(name: str) -> None:
    drafts = _split(PAGES[name])
    assert drafts[0].role == "lead", name
    assert drafts[0].title in HEADLINES
    assert drafts[0].body.count("\n\n") == 1  # its two paragraphs, no card's text
    assert all(draft.role == "related" for draft in drafts[1:])
    assert len(drafts) >= 3


def test_must_stay_card_list_without_byline_has_no_lead() -> None:
    """Q08's page without its byline: the first card is no header, two cards print two
    lines; a list, no lead (as before)."""
    drafts = _split(PAGES["Q08-latest-stamp-first-cards"].replace("By Priya Raman\n", ""))
    assert len(drafts) == 3
    assert all(draft.role == "related" for draft in drafts)


def test_must_stay_aggregator_first_card_two_lines_has_no_lead() -> None:
    """An aggregator's stamp-first cards, the first printing a two-line summary longer
    than the others: no byline, no lead."""
    text = (
        "Latest\n2 hours ago\nStorm closes ports along the northern coast\n"
        "Ports along the northern coast were closed on Tuesday as winds reached 120 km/h, "
        "the coastguard said.\n"
        "Ferries and cargo ships were told to stay in harbour until Wednesday morning.\n"
        "3 hours ago\nCentral bank holds rates for a third month\n"
        "The bank kept its main rate at 4.5% and signalled no change before summer.\n"
        "Markets had expected the decision.\n"
    )
    drafts = _split(text)
    assert len(drafts) == 2
    assert all(draft.role == "related" for draft in drafts)


def test_must_stay_rail_of_bylined_cards_has_no_lead() -> None:
    """Every card prints a byline under its title: a rail of columns, no page's header,
    though the first card's text is the longest."""
    text = (
        "Opinion\n2 hours ago\nWhy our towns need more cycle lanes now\nBy Priya Raman\n"
        "Councils keep building roads that fill up within a year of opening, and the county "
        "is no different.\n"
        "There is a cheaper way to move people, and it is already here.\n"
        "5 hours ago\nThe case for keeping bus fares frozen\nBy Tom Hale\n"
        "Frozen fares cost the county little and keep thousands of cars off the road.\n"
        "They should stay frozen for good.\n"
    )
    drafts = _split(text)
    assert len(drafts) == 2
    assert all(draft.role == "related" for draft in drafts)


def test_must_stay_bylined_first_card_shorter_than_a_later_card() -> None:
    """A bylined first card whose text is shorter than a later card's: no story over
    shorter cards, no lead (as before)."""
    text = PAGES["Q08-latest-stamp-first-cards"].replace(
        "Drivers will pay £1 an hour.\n",
        "Drivers will pay £1 an hour, and residents with permits will park free of charge "
        "on weekdays, the council said in a statement on Friday.\n",
    )
    drafts = _split(text)
    assert len(drafts) == 3
    assert all(draft.role == "related" for draft in drafts)
