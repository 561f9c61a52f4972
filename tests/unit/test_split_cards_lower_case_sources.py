"""split: a title / source / stamp list whose publishers print in lower case, as domains or
after a lower-case article ("heise online", "watson", "la Repubblica", "g1") keeps every
card and reads each name as its card's source (audit A's P-A1); a person's name or a place
in that slot stays no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_source_name

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_lower_case_sources_keep_the_first_card_and_their_cards() -> None:
    drafts = split(
        "Nachrichten\nTop-Themen\n"
        "Apple stellt neues iPad mit M4-Chip vor\nheise online\nvor 1 Std.\n"
        "Bahn kündigt Preiserhöhung für Fernverkehr zum Dezember\nn-tv.de\nvor 2 Std.\n"
        "Regierungskrise in Wien: Kanzler lädt zu Gesprächen\nderStandard.at\nvor 3 Std.\n"
        "Schweizer Nationalbank senkt den Leitzins\nwatson\nvor 4 Std.\n"
        "Start-up aus Berlin sammelt 40 Millionen Euro ein\nt3n\nvor 5 Std.\n"
        "Mehr Nachrichten\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Apple stellt neues iPad mit M4-Chip vor", "heise online"),
        ("Bahn kündigt Preiserhöhung für Fernverkehr zum Dezember", "n-tv.de"),
        ("Regierungskrise in Wien: Kanzler lädt zu Gesprächen", "derStandard.at"),
        ("Schweizer Nationalbank senkt den Leitzins", "watson"),
        ("Start-up aus Berlin sammelt 40 Millionen Euro ein", "t3n"),
    ]


def test_names_after_a_lower_case_article_are_sources() -> None:
    drafts = split(
        "Últimas\n"
        "Governo anuncia reajuste do salário mínimo para 2026\ng1\nhá 2 horas\n"
        "Chuvas provocam alagamentos na zona norte do Rio\nO Globo\nhá 3 horas\n"
        "Flamengo vence o Palmeiras e assume a liderança\nge\nhá 4 horas\n"
        "Ajax wint met ruime cijfers van PSV na rust\nde Volkskrant\nhá 5 horas\n"
    )
    assert [d.source for d in drafts] == ["g1", "O Globo", "ge", "de Volkskrant"]


def test_authors_and_places_in_the_slot_stay_no_sources() -> None:
    # must-stay: title / author / stamp navigation (a person's name is no source) and a
    # place after a particle ("de Brasília") is no outlet
    drafts = split(
        "Kolumnen\n"
        "Warum die Schuldenbremse reformiert werden muss\nThomas Becker\nvor 1 Std.\n"
        "Die Bahn braucht endlich einen Plan\nKatharina Huber\nvor 2 Std.\n"
        "Was der Stadtrat jetzt entscheiden sollte\nMichael Wagner\nvor 3 Std.\n"
    )
    assert [d.source for d in drafts] == [None, None, None]


def test_lower_case_names_read_as_source_lines() -> None:
    assert _is_source_name("heise online")
    assert _is_source_name("la Repubblica")
    assert _is_source_name("de Volkskrant")
    assert not _is_source_name("de Brasília")  # a place after a particle
    assert not _is_source_name("de Vila Serena")  # "de" a preposition before a place
    assert not _is_source_name("mehr lesen")  # a lower-case phrase naming no outlet
