"""clean: a date phrase with a full stop under running text whose last sentence a link
broke before a publisher ("… first reported by" / "The Guardian" / "on March 3, 2026.")
ends that sentence (auditor D's P-D1), also when the paragraph is one sentence (audit B's
F-5); a card's title or stopless teaser over its age holds no link and stays apart (audit
B's F-4)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def lines(text: str) -> list[str]:
    return [line for line in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines if line]


@pytest.mark.parametrize(
    ("opening", "link", "date"),
    [
        (
            "The Home Office has drafted plans to extend temporary checks at several ports for "
            "another six months, according to documents seen by this newspaper. The plan was "
            "first reported by",
            "The Guardian",
            "on March 3, 2026.",
        ),
        (
            "El Gobierno prorrogará durante otros seis meses los controles en los pasos "
            "fronterizos del norte, según un borrador al que ha tenido acceso este diario. El "
            "ministro lo confirmó en una entrevista con",
            "El País",
            "el 8 de marzo de 2026.",
        ),
        (  # audit B's F-5 (R06): one sentence, no sentence end inside it
            "The chipmaker will build a £2bn factory in Newport, creating about 1,500 jobs, the "
            "company said on Tuesday, confirming plans first reported by the",
            "Financial Times",
            "on March 3, 2026.",
        ),
        (
            "Der Bundesrechnungshof hat die Beschaffung neuer Transporthubschrauber scharf "
            "kritisiert. Die Kosten seien um mehr als zwei Milliarden Euro gestiegen, heißt es. "
            "Gewarnt hatte davor bereits die",
            "Bundeswehr-Beauftragte",
            "vor einem Jahr.",
        ),
    ],
)
def test_a_date_under_a_paragraph_a_link_broke_ends_its_sentence(
    opening: str, link: str, date: str
) -> None:
    text = f"Headline over the story here\n{opening}\n{link}\n{date}\nThe next paragraph goes on.\n"
    assert f"{opening} {link} {date}" in lines(text)


def test_the_paragraph_a_link_broke_before_a_date_stays_the_leads() -> None:
    text = (
        "World\nPolitics\n"
        "Home Office drafts plan to extend border checks for another six months\n"
        "By Hannah Cole\nMarch 10, 2026\n"
        "The Home Office has drafted plans to extend temporary checks at several ports for "
        "another six months, according to documents seen by this newspaper. The plan was first "
        "reported by\nThe Guardian\non March 3, 2026.\n"
        "Officials said the checks had led to more than 2,000 arrests since they were "
        "introduced last autumn, although critics argue the figures include many minor "
        "offences.\n"
        "Share\nMore on this story\n"
        "Ports warn of delays as Easter traffic builds\n2 hours ago\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert drafts[0].role == "lead"
    assert drafts[0].body.startswith("The Home Office has drafted plans")
    assert "The Guardian on March 3, 2026." in drafts[0].body


@pytest.mark.parametrize(
    "card",
    [
        # a headline over its age
        "Bahn kündigt neue Warnstreiks im Regionalverkehr für die kommende Woche an\nvor 2 Std.\n",
        # a card's summary of one sentence, no stop, over its age (one sentence: no text)
        "Die Gewerkschaft der Lokführer ruft für Donnerstag und Freitag zu neuen Warnstreiks im "
        "Regional- und Güterverkehr auf und droht mit weiteren Aktionen im April\nvor 2 Std.\n",
    ],
)
def test_a_cards_line_over_its_age_stays_apart(card: str) -> None:
    # must-stay: no running text of two sentences over the stamp
    text = f"Nachrichten\n{card}Weitere Meldung zum Thema Verkehr heute\nvor 3 Std.\n"
    assert "vor 2 Std." in lines(text)


def test_a_stopless_two_sentence_teaser_over_its_age_stays_apart() -> None:
    # must-stay (audit B's F-4, R07/R08): two sentences, more words than a headline, no
    # final stop, over a German card's age whose "." is the abbreviation's: no link joined
    teaser = (
        "Der Verkehrsverbund verzichtet auf eine Preiserhöhung. Das Deutschlandticket bleibt "
        "davon unberührt, wie ein Sprecher des Verbunds auf Nachfrage unserer Redaktion "
        "bestätigte"
    )
    text = (
        "Neueste Meldungen\nBusfahrpreise bleiben auch im nächsten Jahr stabil\n"
        f"{teaser}\nvor 4 Std.\nNeues Parkhaus öffnet im Frühjahr\nvor 6 Std.\n"
    )
    cleaned = lines(text)
    assert teaser in cleaned
    assert "vor 4 Std." in cleaned
