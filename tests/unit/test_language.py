"""language: ISO 639-1 codes, with a sensible answer for short texts."""

import pytest

from streams import language
from streams.language import UNDETERMINED, detect_language, detect_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government said on Monday that it would not raise taxes this year.", "en"),
        ("Der Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung die Steuern "
         "nicht erhöhen wird.", "de"),
        ("Le président a dit qu'il ne se présentera pas aux élections de l'année prochaine.",
         "fr"),
        ("El presidente del gobierno anunció ayer que las elecciones se celebrarán en octubre.",
         "es"),
        ("Il presidente della Repubblica ha detto che il governo non cadrà.", "it"),
        ("O presidente disse que o governo não vai aumentar os impostos este ano.", "pt"),
        ("De minister zei dat het kabinet de belastingen niet zal verhogen.", "nl"),
        ("Statsministern sade att regeringen inte kommer att höja skatterna i år.", "sv"),
        ("Президент заявил, что правительство не будет повышать налоги.", "ru"),
        ("総理大臣は記者会見で発表した。", "ja"),
        ("대통령은 기자회견에서 말했다.", "ko"),
        ("习近平在北京会见了美国国务卿。", "zh"),
    ],
)  # fmt: skip
def test_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_short_text_uses_the_fallback_not_a_blind_english() -> None:
    assert detect_language("Brexit", fallback="de") == "de"
    assert detect_language("vor 4 Stunden", fallback="fr") == "fr"
    assert detect_language("") == UNDETERMINED
    assert detect_language("   ") == UNDETERMINED


def test_a_page_gives_its_language_to_its_short_teasers() -> None:
    lead = (
        "Le gouvernement ne touchera pas à l'âge légal de départ à la retraite. Devant les "
        "partenaires sociaux réunis à Matignon, le premier ministre a annoncé une négociation."
    )
    assert detect_languages([lead, "Budget 2026", "Tour de France"]) == ["fr", "fr", "fr"]


def test_each_article_keeps_its_own_language() -> None:
    english = "The European Union agreed on Tuesday to phase out imports of Russian gas by 2027."
    german = "Die Europäische Union hat sich am Dienstag auf ein Ende der Gasimporte geeinigt."
    assert detect_languages([english, german]) == ["en", "de"]


def test_nothing_clear_on_the_page_is_undetermined() -> None:
    assert detect_languages(["", "12:30"]) == [UNDETERMINED, UNDETERMINED]


def test_the_py3langid_model_is_loaded_once() -> None:
    language.warm_up()
    first = language._identifier()
    detect_language("Statsministern sade att regeringen inte kommer att höja skatterna.")
    assert language._identifier() is first
    assert language._identifier.cache_info().currsize == 1


def test_adversarial_input_completes() -> None:
    assert detect_language(" " * 100_000) == UNDETERMINED
    assert detect_language("." * 100_000) == UNDETERMINED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sejm uchwalił w czwartek nowelizację ustawy o ochronie ludności i obronie cywilnej. "
         "Za głosowało 402 posłów, a dwóch wstrzymało się od głosu.", "pl"),
        ("Vláda v pátek schválila nový balíček opatření na podporu rodin a do konce roku se "
         "o něm bude jednat.", "cs"),
        ("Türkiye ve Azerbaycan cuma günü doğal gaz boru hattının kapasitesini iki katına "
         "çıkaracak bir protokol imzaladı.", "tr"),
    ],
)  # fmt: skip
def test_latin_text_with_letters_the_stopword_languages_lack_is_not_portuguese(
    text: str, expected: str
) -> None:
    # ("a", "o", "na", "do", "se" are Portuguese function words too)
    assert detect_language(text) == expected


def test_a_short_title_with_a_foreign_letter_takes_the_pages_language() -> None:
    english = "The European Union agreed on Tuesday to phase out imports of Russian gas by 2027."
    assert detect_languages([english, "Fire in Łódź"]) == ["en", "en"]


def test_a_page_nothing_is_sure_of_gives_its_best_guess_to_its_teasers() -> None:
    lead = (
        "Harga Cabai Naik Jelang Akhir Tahun\n"
        "Pedagang di pasar induk menyebut pasokan dari petani berkurang karena hujan."
    )
    teaser = "Jembatan Kali Progo Ditutup"
    assert detect_language(teaser) == UNDETERMINED  # (a guess too weak on its own)
    assert detect_languages([lead, teaser]) == ["id", "id"]


_ENGLISH_LEAD = (
    "The government said on Tuesday that it would introduce a new housing bill to speed up "
    "construction, after months of pressure from builders and local councils."
)
_GERMAN_LEAD = (
    "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung des Wohnungsbaus "
    "beschlossen. Damit sollen bis 2030 mehr Wohnungen entstehen, sagte die Ministerin."
)
_ITALIAN_LEAD = (
    "Il governo ha presentato martedì un disegno di legge sulla casa, che dovrebbe permettere "
    "di costruire di più entro il 2030, secondo la ministra."
)


@pytest.mark.parametrize(
    ("lead", "card", "expected"),
    [
        (_ENGLISH_LEAD, "Neue Regeln für E-Scooter ab Januar", "de"),
        (_ENGLISH_LEAD, "Grève SNCF : les prévisions de trafic", "fr"),
        (_ENGLISH_LEAD, "Tribunal Supremo anula la multa contra la empresa eléctrica", "es"),
        (_GERMAN_LEAD, "Why the Fed held rates again", "en"),
        (_GERMAN_LEAD, "Markets rally as inflation cools", "en"),
    ],
)  # fmt: skip
def test_an_unsure_card_title_far_likelier_another_language_keeps_it(
    lead: str, card: str, expected: str
) -> None:
    # (an aggregator's card from a publisher of another language: too short to be sure of,
    # but py3langid finds the page's language over 40 times less likely)
    page_lang = detect_languages([lead])[0]
    assert detect_language(card) != page_lang
    assert detect_languages([lead, card]) == [page_lang, expected]


def test_an_english_card_with_a_summary_on_a_german_page_stays_english() -> None:
    card = (
        "Oil prices fall as OPEC signals higher output\n"
        "Brent crude dropped 3% on Monday after the group said it would raise production."
    )
    assert detect_languages([_GERMAN_LEAD, card]) == ["de", "en"]


def test_a_spanish_lead_under_english_navigation_stays_spanish() -> None:
    lead = (
        "Home | News | Sign in\n"
        "El Gobierno presentó el martes un proyecto de ley de vivienda que permitirá construir "
        "más hasta 2030, según la ministra, tras meses de presión del sector."
    )
    assert detect_languages([lead, "Most read", "Subscribe now"]) == ["es", "es", "es"]


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        # py3langid half-reads these as Nigerian Pidgin, Malay, Luganda
        (_ENGLISH_LEAD, "Bafana Bafana coach names squad for World Cup warm-up against Namibia"),
        (_ENGLISH_LEAD, "Malaysia ex-PM Mahathir, 100, in hospital"),
        (_ENGLISH_LEAD, "Kenya, Uganda agree to cut fuel transit fees"),
        # too few words to outweigh the page ("pcm" 0.64, "it" 0.01)
        (_ITALIAN_LEAD, "Meteo, weekend di sole"),
        # names and loanwords (auditor C's C-3: no function word of the guess)
        (_ENGLISH_LEAD, "Deutsche Bahn"),
        (_ENGLISH_LEAD, "Nouvelle Vague director Agnès Varda honoured"),
        (_ENGLISH_LEAD, "Frankfurter Allgemeine Zeitung editor steps down"),
        (_ENGLISH_LEAD, "Comédie-Française stages Molière in English"),
        (_GERMAN_LEAD, "Black Friday Deals bei Amazon: Apple AirPods Pro"),
        (_ITALIAN_LEAD, "Smart working, accordo tra sindacati e governo"),
    ],
)  # fmt: skip
def test_an_unsure_card_title_in_the_pages_language_takes_the_pages_language(
    lead: str, card: str
) -> None:
    page_lang = detect_languages([lead])[0]
    assert detect_languages([lead, card]) == [page_lang, page_lang]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Govern aprova el pressupost per al 2027\nEl Parlament votarà dijous els comptes, "
         "que preveuen més inversió en habitatge i escoles.", "ca"),
        ("O Goberno galego aproba o orzamento para o 2027\nA Xunta prevé unha suba do gasto en "
         "sanidade e educación, segundo a conselleira.", "gl"),
    ],
)  # fmt: skip
def test_catalan_and_galician_are_not_a_clear_spanish_or_portuguese_winner(
    text: str, expected: str
) -> None:
    # (they share "el", "al", "que", "en" with Spanish and "o", "a", "do" with Portuguese)
    assert detect_language(text) == expected


def test_a_spanish_text_naming_a_catalan_band_stays_spanish() -> None:
    text = (
        "El grupo Els Pets actuará el próximo sábado en Madrid, en el que será su único "
        "concierto del año fuera de Cataluña, según ha informado la promotora."
    )
    assert detect_language(text) == "es"


def test_a_tagalog_article_with_portuguese_look_alikes_is_not_portuguese() -> None:
    # "na" (a linker), the surname "de" and the acronym "DA" are three Portuguese function
    # words, but a few among seventy words: py3langid decides
    text = (
        "Presyo ng asukal sa palengke, bababa sa P60 kada kilo sa Enero — DA\n"
        "ni Maria Santos de Leon\n"
        "Inaasahang bababa ang presyo ng asukal sa mga pamilihan sa Metro Manila pagsapit ng "
        "Enero, ayon sa DA nitong Lunes. Sinabi ng ahensya na dumating na sa bansa ang "
        "karagdagang suplay mula Thailand, habang nagsimula na rin ang anihan sa Negros."
    )
    assert language._by_stopwords(text[:400].casefold().split()) is None
    assert detect_language(text) == "tl"


def test_a_live_blog_of_times_and_names_stays_english() -> None:
    # (few function words among its times and names: py3langid decides, and agrees)
    text = (
        "Storm Tino live: Cagayan, Isabela under Signal No. 4 as typhoon nears landfall\n"
        "09:12 PAGASA: Signal No. 4 up over Cagayan, Isabela, Apayao\n"
        "08:40 Flights cancelled at NAIA Terminal 3, Clark, Tuguegarao\n"
        "08:05 Classes suspended in Metro Manila, Bulacan, Pampanga, Tarlac\n"
        "07:30 The storm is moving west at 20 km/h, gusts up to 185 km/h"
    )
    assert detect_language(text) == "en"
    assert detect_languages([text, "Evacuation centres open in Aparri"]) == ["en", "en"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government said on Tuesday it would delay the vote on the budget until after "
         "the summer, as talks with the unions over pay for nurses and teachers continue.", "en"),
        ("O governo anunciou nesta terça-feira um pacote de medidas para o setor agrícola, "
         "que inclui crédito a juros baixos para os pequenos produtores da região Nordeste.",
         "pt"),
        ("Der Stadtrat hat am Dienstag beschlossen, dass die Gebühren für Kitas im nächsten "
         "Jahr nicht steigen, obwohl die Kosten für das Personal deutlich zunehmen.", "de"),
    ],
)  # fmt: skip
def test_prose_in_a_stopword_language_stays_on_the_stopword_path(text: str, expected: str) -> None:
    reading = language._by_stopwords(text[:400].casefold().split())
    assert reading is not None
    assert reading.lang == expected
