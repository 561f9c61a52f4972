"""language: text of languages that share short function words with the seven stopword
languages (Tagalog, Afrikaans) goes to py3langid; one such word alone (a name) does not."""

import pytest

from streams.language import detect_language, detect_languages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Presyo ng bigas, bababa sa P38 kada kilo sa Disyembre — DA\nInaasahang bababa sa "
            "P38 kada kilo ang presyo ng regular milled rice sa mga pamilihan sa Metro Manila, "
            "ayon sa Department of Agriculture (DA). Sinabi ni Arnel de Mesa na dumating na "
            "sa bansa ang karagdagang bigas.",
            "tl",
        ),
        (
            "Die regering het vandag gesê dat die nuwe begroting nie vir almal goed is nie, en "
            "hulle sal die saak van die minister ondersoek.",
            "af",
        ),
        # one such word is a name: the function words decide as before
        (
            "Ang Lee said on Friday that the film would open in the United States in the "
            "spring, and that he was pleased with it.",
            "en",
        ),
        (
            "O ministro disse que a proposta de Kay Silva será votada na próxima semana pela "
            "comissão, e que o governo não vai recuar.",
            "pt",
        ),
    ],
)
def test_text_that_shares_short_words_with_portuguese_or_dutch_is_read_as_itself(
    text: str, lang: str
) -> None:
    assert detect_language(text) == lang


def test_capitalised_surnames_that_are_lookalike_words_leave_english_to_the_stopwords() -> None:
    """Audit B-5: "Yang", "Ito" are surnames in English news; only the lower-case function
    words of Malay / Tagalog count."""
    assert detect_language("Yang and Ito meet in Tokyo for trade talks") == "en"


def test_an_afrikaans_page_with_its_article_n_is_afrikaans_not_dutch() -> None:
    lead = (
        "Regering wil grensbeheer verleng\nDie regering wil die tydelike grensbeheer met nog "
        "ses maande verleng, volgens 'n konsep wat die koerant gesien het. Kritici sê die "
        "beheer het nie resultate opgelewer nie."
    )
    assert detect_languages([lead, "Ramaphosa ontmoet Merz in Berlyn"]) == ["af", "af"]


def test_dutch_quoting_a_spoken_n_stays_dutch() -> None:
    # must stay: Dutch prints "'n" in quoted speech; one look-alike word alone decides nothing
    lead = (
        "Kabinet wil accijns verhogen\nHet kabinet wil de accijns op tabak vanaf januari "
        "verhogen, zegt de minister. 'Het is 'n kwestie van gezondheid,' zei hij op een "
        "persconferentie in Den Haag. De Tweede Kamer stemt volgende week."
    )
    assert detect_languages([lead, "Ajax wint van PSV"]) == ["nl", "nl"]
