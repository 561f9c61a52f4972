"""language: a short title py3langid is nearly sure of, in a language outside the stopword
table, keeps its language on a page of another one when it holds none of that page's
function words; titles full of foreign names keep the page's language."""

import pytest

from streams.language import detect_languages

ENGLISH_LEAD = (
    "The European Union agreed on Tuesday to phase out imports of Russian gas by 2027, "
    "officials said after talks in Brussels that ran late into the night."
)
GERMAN_LEAD = (
    "Die Europäische Union hat sich am Dienstag auf ein Ende der Gasimporte aus Russland bis "
    "2027 geeinigt, teilten Diplomaten in Brüssel mit."
)


@pytest.mark.parametrize(
    ("lead", "title", "expected"),
    [
        (ENGLISH_LEAD, "Danmark indfører grænsekontrol", "da"),
        (ENGLISH_LEAD, "Wanjiku: Serikali haitaongeza ushuru", "sw"),
        (ENGLISH_LEAD, "Sejm uchwalił ustawę", "pl"),
        (ENGLISH_LEAD, "Norge vil bygge gjerde mot Russland", "no"),
        (GERMAN_LEAD, "Danmark indfører grænsekontrol", "da"),
    ],
)
def test_a_clear_short_title_outside_the_stopword_languages_keeps_its_language(
    lead: str, title: str, expected: str
) -> None:
    assert detect_languages([lead, title])[1] == expected


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # must stay: names and short news English on an English page
        (ENGLISH_LEAD, "Recep Tayyip Erdoğan"),
        (ENGLISH_LEAD, "Jonas Gahr Støre"),
        (ENGLISH_LEAD, "Chișinău votes in runoff"),
        (ENGLISH_LEAD, "Andrzej Duda pardons Kamiński and Wąsik"),
        (ENGLISH_LEAD, "Oslo Børs hits record high"),
        (ENGLISH_LEAD, "Ørsted scraps Hornsea 4 wind farm"),
        (ENGLISH_LEAD, "Malaysia ex-PM Mahathir, 100, in hospital"),
        # must stay: two words are too few, even when py3langid is sure
        (ENGLISH_LEAD, "Hallitus kaatui"),
        # must stay: a name on a German page
        (GERMAN_LEAD, "Mette Frederiksen"),
        (GERMAN_LEAD, "Ngozi Okonjo-Iweala"),
        # must stay (auditor D's D-7): the name reads as its language, the other words do not
        (ENGLISH_LEAD, "Nguyễn Phú Trọng dies"),
        (ENGLISH_LEAD, "Phạm Minh Chính visits Seoul"),
        (ENGLISH_LEAD, "Đà Nẵng hotel fire"),
        (GERMAN_LEAD, "Nguyễn Phú Trọng gestorben"),
        (GERMAN_LEAD, "Kılıçdaroğlu kritisiert Erdoğan"),
    ],
)
def test_a_title_full_of_names_keeps_the_page_language(lead: str, title: str) -> None:
    page_lang = detect_languages([lead])[0]
    assert detect_languages([lead, title])[1] == page_lang
