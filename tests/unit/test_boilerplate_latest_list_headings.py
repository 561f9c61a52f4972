"""A box of the newest stories under an article ("Net binnen", like "Latest") opens a block
of teasers: its clock list is read card by card under it, not from the line over the
heading; a story's sentence with the words stays."""

from streams.boilerplate import Kind, classify
from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE_AND_CLOCK_LIST = (
    "Binnenland\n"
    "Kabinet trekt 400 miljoen uit voor snellere bouw van sociale huurwoningen\n"
    "05-11-2026, 12:48\n"
    "Het kabinet maakt 400 miljoen euro vrij om corporaties sneller sociale huurwoningen te"
    " laten bouwen. Dat heeft de minister van Volkshuisvesting dinsdag bekendgemaakt.\n"
    "Het geld is vooral bedoeld voor projecten die al vergund zijn, maar door gestegen"
    " bouwkosten stilliggen, aldus de koepel van woningcorporaties.\n"
    "De Tweede Kamer debatteert volgende week over de begroting van Volkshuisvesting.\n"
    "37 reacties\n"
    "Praat mee op NUjij\n"
    "Net binnen\n"
    "13:21\n"
    "Trein en bus rijden weer na storing rond Utrecht Centraal\n"
    "13:02\n"
    "Verdachte van steekpartij in Rotterdam-Zuid aangehouden\n"
)


def test_a_latest_list_heading_opens_a_block_of_teasers() -> None:
    assert classify("Net binnen") is Kind.RELATED


def test_a_clock_list_under_its_heading_pairs_each_clock_with_the_title_under_it() -> None:
    titles = [event.title for event in process_page(RawPage(text=ARTICLE_AND_CLOCK_LIST))]
    assert titles[1:] == [
        "Trein en bus rijden weer na storing rond Utrecht Centraal",
        "Verdachte van steekpartij in Rotterdam-Zuid aangehouden",
    ]


def test_must_stay_a_sentence_with_the_words() -> None:
    for line in (
        "Het laatste nieuws over de storing kwam pas om drie uur binnen.",
        "Net binnen: de trein rijdt weer.",
    ):
        assert classify(line) is None, line
