"""language: an unsure title-only card that py3langid spreads over a stopword language and
its neighbour classes (Spanish over Aragonese and Galician), or over many classes below the
guess threshold, still keeps the likeliest stopword language on a page of another one, when
it holds function words of that language the page's lacks and the odds are far past the
page prior; titles in the page's language, full of names or loanwords, keep the page's."""

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
PORTUGUESE_LEAD = (
    "O governo aprovou nesta terça-feira o novo pacote de medidas para a habitação, que prevê "
    "a construção de 20 mil casas até 2030, segundo o ministro."
)
FRENCH_LEAD = (
    "Le gouvernement a présenté mardi son nouveau plan pour le logement, qui prévoit la "
    "construction de 20 000 logements d'ici 2030, selon le ministre."
)


@pytest.mark.parametrize(
    ("lead", "title", "expected"),
    [
        # es 0.39, an 0.26, gl 0.24: no class reaches the guess threshold
        (ENGLISH_LEAD, "Alcaraz avanza a cuartos de final en Miami", "es"),
        (ENGLISH_LEAD, "El Real Madrid recupera a dos titulares para Vitoria", "es"),
        # a real English card on a German portal: en 0.38, over many classes
        (GERMAN_LEAD, "EU to probe Chinese electric bus makers", "en"),
        (GERMAN_LEAD, "Two central Kansas co-ops vote to merge", "en"),
    ],
)
def test_an_unsure_card_keeps_its_likeliest_stopword_language(
    lead: str, title: str, expected: str
) -> None:
    assert detect_languages([lead, title])[1] == expected


@pytest.mark.parametrize(
    ("lead", "title", "expected"),
    [
        # must stay: the page's language for titles of names and loanwords
        (ENGLISH_LEAD, "Boric visits Viña del Mar shelters, promises reconstruction fund", "en"),
        (ENGLISH_LEAD, "La Liga: El Clasico ends in draw", "en"),
        (ENGLISH_LEAD, "De Gea joins Fiorentina on free transfer", "en"),
        (GERMAN_LEAD, "Black Friday Deals: Die besten Angebote", "de"),
        (GERMAN_LEAD, "Fashion Week in Berlin", "de"),
        (GERMAN_LEAD, "Champions League: Bayern gegen Real Madrid", "de"),
        (FRENCH_LEAD, "Champions League : le PSG en finale", "fr"),
        # a Portuguese card on a Portuguese page; a Spanish one keeps its own
        (PORTUGUESE_LEAD, "Benfica vence o Porto no clássico", "pt"),
        (PORTUGUESE_LEAD, "El Gobierno español aprueba la reforma de las pensiones", "es"),
        # a clear short title outside the stopword table keeps its own
        (ENGLISH_LEAD, "Danmark indfører grænsekontrol", "da"),
        # auditor C-3: a Spanish name's function words in an English title do not count
        (ENGLISH_LEAD, "Dia de los Muertos parade draws crowds", "en"),
        (ENGLISH_LEAD, "Día de los Muertos: photos from Mexico City", "en"),
        # a clear English title on a French page keeps its own, as before
        (FRENCH_LEAD, "Le Pen in court as appeal opens", "en"),
    ],
)
def test_must_stay(lead: str, title: str, expected: str) -> None:
    assert detect_languages([lead, title])[1] == expected
