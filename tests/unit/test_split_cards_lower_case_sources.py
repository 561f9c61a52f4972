"""split: a title / source / stamp list whose publishers print in lower case, after a
lower-case article or with a digit ("la Repubblica", "de Volkskrant", "g1") reads each name
as its card's source (audit A's P-A1); a person's name, a place or a lower-case chip
("plus", "nur online") in that slot stays no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _is_source_name, lower_brand

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_lower_case_chips_stay_no_sources() -> None:
    # must-stay (audit E's E28, E83): lower-case chips over a card's stamp are no publishers
    drafts = split(
        "Neueste Artikel\n"
        "Koalition streitet über den Haushalt für 2027\nexklusiv\nvor 2 Std.\n"
        "Tarifstreit bei der Bahn: Warnstreik am Montag\nplus\nvor 3 Std.\n"
        "So sparen Sie bei der Grundsteuer\nnur online\nvor 5 Std.\n"
        "Neue Ausstellung im Städel eröffnet\nSüddeutsche Zeitung\nvor 6 Std.\n"
    )
    assert [d.source for d in drafts][1:3] == [None, None]  # ("plus", "nur online")


def test_names_after_a_lower_case_article_are_sources() -> None:
    drafts = split(
        "Últimas\n"
        "Governo anuncia reajuste do salário mínimo para 2026\ng1\nhá 2 horas\n"
        "Chuvas provocam alagamentos na zona norte do Rio\nO Globo\nhá 3 horas\n"
        "Flamengo vence o Palmeiras e assume a liderança\nge\nhá 4 horas\n"
        "Ajax wint met ruime cijfers van PSV na rust\nde Volkskrant\nhá 5 horas\n"
    )
    assert [d.source for d in drafts] == ["g1", "O Globo", None, "de Volkskrant"]


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
    assert _is_source_name("la Repubblica")
    assert _is_source_name("de Volkskrant")
    assert not _is_source_name("de Brasília")  # a place after a particle
    assert not _is_source_name("de Vila Serena")  # "de" a preposition before a place
    assert not lower_brand("plus")  # a chip's word
    assert lower_brand("t3n")
    assert not lower_brand("23h48")  # a clock
