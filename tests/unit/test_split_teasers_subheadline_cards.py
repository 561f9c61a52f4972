"""split: a list whose cards print title / sub-headline / publisher / stamp keeps each
card's headline as its title and the sub-headline as its text (audit D's P-D6, s18D-D34);
a heading or a short kicker over one card's headline is no such list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_german_cards_with_sub_headlines_keep_their_headlines() -> None:
    drafts = split(
        "Startseite\nPolitik\nWirtschaft\n"
        "Bundestag beschließt Haushalt für 2027\n"
        "Nach langer Nachtsitzung stimmt die Koalition geschlossen zu\nTagesschau\nvor 2 Std.\n"
        "GDL kündigt neue Warnstreiks für Montag an\n"
        "Fernverkehr und S-Bahnen in mehreren Ländern betroffen\nDer Spiegel\nvor 3 Std.\n"
        "Mehr Nachrichten\n"
    )
    assert [d.title for d in drafts][:2] == [
        "Bundestag beschließt Haushalt für 2027",
        "GDL kündigt neue Warnstreiks für Montag an",
    ]
    assert drafts[0].body == "Nach langer Nachtsitzung stimmt die Koalition geschlossen zu"
    assert drafts[1].body == "Fernverkehr und S-Bahnen in mehreren Ländern betroffen"


def test_english_cards_with_sub_headlines_keep_their_headlines() -> None:
    drafts = split(
        "Home\nNews\nTop stories\n"
        "Congress passes budget hours before shutdown deadline\n"
        "Democrats and Republicans strike last-minute deal on spending\nThe Hill\n2 hours ago\n"
        "Boeing names new chief executive amid safety crisis\n"
        "Company turns to board chairman to lead turnaround\n"
        "The Wall Street Journal\n3 hours ago\n"
        "Wildfire forces thousands to flee homes near Los Angeles\n"
        "Firefighters battle strong winds as blaze spreads overnight\n"
        "Los Angeles Times\n6 hours ago\n"
    )
    assert drafts[1].title == "Boeing names new chief executive amid safety crisis"
    assert drafts[1].body == "Company turns to board chairman to lead turnaround"
    assert drafts[2].title == "Wildfire forces thousands to flee homes near Los Angeles"


def test_short_kickers_over_headlines_stay_kickers() -> None:
    # must-stay (audit A's A39): a two-word kicker over each title is no headline
    drafts = split(
        "Home\nNews\n"
        "US Politics\nCongress passes budget hours before shutdown deadline\nThe Hill\n"
        "2 hours ago\n"
        "Aviation news\nBoeing names new chief executive amid safety crisis\n"
        "The Wall Street Journal\n3 hours ago\n"
        "Public health\nMeasles cases climb to highest level in five years\nNBC News\n"
        "5 hours ago\n"
    )
    assert [d.title for d in drafts] == [
        "Congress passes budget hours before shutdown deadline",
        "Boeing names new chief executive amid safety crisis",
        "Measles cases climb to highest level in five years",
    ]


def test_a_heading_over_the_first_of_one_line_cards_is_no_headline() -> None:
    # must-stay: a list's heading of a headline's length over its first card, the other
    # cards printing one title line: the heading is not that card's title
    drafts = split(
        "Topics\nNew Zealand ferries\n"
        "Thirty two stories from the last week\n"
        "Interislander confirms new ferries delayed to 2030\nRNZ\n2 hrs ago\n"
        "Ferry workers union warns of further sailings cancelled\nStuff\n5 hrs ago\n"
        "Government rules out buying ferries from overseas builders\nNZ Herald\n8 hrs ago\n"
    )
    assert all(d.title != "Thirty two stories from the last week" for d in drafts)


def test_long_kickers_over_titles_and_authors_stay_kickers() -> None:
    # must-stay (audit A's M-A5, A97): an own-site list, kicker / title / author / stamp
    drafts = split(
        "El Diario Nacional\nInternacional\nLo último\n"
        "Guerra de Rusia en Ucrania\n"
        "Zelenski pide más defensas antiaéreas tras el ataque a Kiev\nMaría Sánchez\n"
        "hace 2 horas\n"
        "Conflicto entre Israel y Hamás\n"
        "Israel anuncia una tregua de 48 horas en el norte de Gaza\nJorge Pérez\nhace 3 horas\n"
        "Elecciones presidenciales de Estados Unidos 2024\n"
        "Los demócratas eligen a su candidata en la convención de Chicago\nLaura Gómez\n"
        "hace 5 horas\n"
    )
    assert drafts[0].title == "Zelenski pide más defensas antiaéreas tras el ataque a Kiev"


def test_outlet_names_that_read_as_names_are_publishers() -> None:
    # audit A's M-A6 (A103): "El País", "El Mundo" in the publisher slot are outlets, so
    # the list is title / sub-headline / publisher / stamp and keeps its headlines
    drafts = split(
        "Noticias\nLo último\n"
        "El Congreso aprueba los presupuestos tras un largo debate\n"
        "El Gobierno logra el apoyo de sus socios in extremis\nEl País\nhace 2 horas\n"
        "La DANA deja inundaciones en el litoral mediterráneo\n"
        "Aemet mantiene el aviso rojo en Valencia y Castellón\nEl Mundo\nhace 3 horas\n"
        "Iberia cancela 40 vuelos por la huelga en Francia\n"
        "Los pasajeros podrán cambiar el billete sin coste\nEuropa Press\nhace 5 horas\n"
    )
    assert [d.title for d in drafts] == [
        "El Congreso aprueba los presupuestos tras un largo debate",
        "La DANA deja inundaciones en el litoral mediterráneo",
        "Iberia cancela 40 vuelos por la huelga en Francia",
    ]
