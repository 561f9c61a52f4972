"""Promotions and notes of the site's that recur across sites and languages: a newsletter's
bare name under its dropped pitch with its description and button, a platform prompt ending
on "click here" in another language, a price widget's line, a syndication note opening on
"Originally published by"; the same words in a story's sentence stay."""

from streams.boilerplate import Kind, classify, notes_syndication
from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


PITCHED_BOX = """\
Il consiglio comunale ha approvato martedì il nuovo piano dei parcheggi del centro storico.
Iscriviti alla newsletter
Buonasera Valsugana
Ogni sera alle 19 le notizie della valle e dei comuni vicini nella tua casella di posta.
Iscriviti
Il piano entrerà in vigore a giugno, dopo il parere della commissione urbanistica.
"""


def test_a_newsletters_bare_name_under_its_dropped_pitch_goes_with_its_description() -> None:
    lines = lines_of(PITCHED_BOX)
    assert _gone(lines, "Buonasera Valsugana")
    assert _gone(lines, "Ogni sera alle 19")
    assert lines[0].startswith("Il consiglio comunale ha approvato")
    assert lines[-1].startswith("Il piano entrerà in vigore a giugno")


def test_must_stay_a_crosshead_and_its_sentence_under_a_pitch_without_a_button() -> None:
    # a story's crosshead and a short sentence with a frequency word under a dropped pitch,
    # but no sign-up button under them: the story goes on
    news = "Ogni sera alle 19 i vigili chiuderanno via Roma al traffico fino a settembre."
    lines = lines_of(
        "Il consiglio comunale ha approvato martedì il nuovo piano dei parcheggi.\n"
        "Iscriviti alla newsletter\n"
        "Le nuove regole\n"
        f"{news}\n"
        "Il piano entrerà in vigore a giugno, dopo il parere della commissione urbanistica.\n"
    )
    assert "Le nuove regole" in lines
    assert news in lines


def test_a_platform_prompt_ending_on_click_here_in_other_languages_goes() -> None:
    for prompt in (
        "Segui il Corriere della Valle sul canale WhatsApp: clicca qui",
        "Folgen Sie dem Kurier auf WhatsApp: hier klicken",
        "Suivez La Gazette sur Telegram : cliquez ici",
        "Sigue a El Diario en WhatsApp: haz clic aquí",
    ):
        assert classify(prompt) is Kind.DROP, prompt


def test_must_stay_a_story_sentence_ending_on_its_click_here_link() -> None:
    # auditor B's W31 and W35: a link at the end of a story's sentence, no platform
    for news in (
        "L'elenco delle strade interessate è pubblicato sul sito del Comune: per consultarlo "
        "clicca qui",
        "Die Liste der betroffenen Straßen hat die Stadt auf ihrer Website veröffentlicht, "
        "zum Dokument hier klicken",
        "Wer den Antrag stellen will, muss online nur noch hier klicken.",
    ):
        assert classify(news) is None, news


def test_must_stay_a_consumer_story_sentence_on_checking_prices() -> None:
    # auditor B's W32
    news = (
        "We check over 8,000 forecourts every week for the best prices, and this week the "
        "cheapest was a Tesco in Hull at 124.9p."
    )
    assert classify(news) is None


def test_a_syndication_note_opening_on_originally_published_by_is_one() -> None:
    assert notes_syndication("Originally published by Harbour Times. Republished with permission.")
    assert notes_syndication("First published by the Valley Ledger under licence.")


def test_must_stay_a_sentence_opening_on_first_published_without_terms() -> None:
    assert not notes_syndication(
        "First published by the council in 2019 the plan sets out bus lanes."
    )
    assert not notes_syndication("Originally published in 1851, the paper is under licence now.")


def test_a_creative_commons_licence_note_of_the_site_or_the_text_goes() -> None:
    for note in (
        "Except where noted, content on this site is licensed under a Creative Commons "
        "Attribution 3.0 License.",
        "This article is republished from The Harbour Review under a Creative Commons "
        "license. Read the original article.",
    ):
        assert classify(note) is Kind.DROP, note


def test_must_stay_a_story_sentence_on_a_creative_commons_licence() -> None:
    for news in (
        "The museum said the scans of its collection would be licensed under Creative "
        "Commons so that anyone can reuse them.",
        # auditor B's W39
        "The picture has been republished thousands of times under its Creative Commons "
        "licence, which requires users to credit her.",
    ):
        assert classify(news) is None, news


def test_an_also_listen_prompt_behind_an_emoji_goes() -> None:
    prompt = (
        "🎙️ Ascolta anche «Valle Sera», il podcast della redazione: ogni giorno alle 18 su "
        "Spotify, Apple Podcasts e sul nostro sito."
    )
    assert classify(prompt) is Kind.DROP


def test_must_stay_a_story_sentence_naming_a_podcast_its_listener_hears_too() -> None:
    news = (
        "Il podcast, che il sindaco ascolta anche in macchina, ha superato i diecimila "
        "ascolti in una settimana."
    )
    assert classify(news) is None
    assert classify(f"🎙️ {news}") is None
