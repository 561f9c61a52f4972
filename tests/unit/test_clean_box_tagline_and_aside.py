"""clean: a newsletter box's tagline between the newsletter's name and its sign-up pitch goes
with the box whatever it says, and so does a description over a log-in button the box asks
for ("Einloggen"); a short aside in brackets alone on its line inside a sentence ("… the
Metal Exchange" / "(LME)" / "was up …") stays in that sentence. A story's paragraph under a
crosshead naming a newsletter, a card's bracketed source under its title and a ticker chip
stay as they read."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "The regulator opened its largest ever investigation into the industry last year, "
    "covering more than two thousand treatment works across the country."
)
AFTER = (
    "Its defenders say it was asked to do an impossible job, with ministers of both parties "
    "telling it to keep bills low above all else."
)


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_boxs_tagline_between_its_name_and_its_pitch_goes_with_the_box() -> None:
    tagline = "Great stories to keep: from politics to food, science to sport"
    lines = lines_of(
        TEXT,
        "Sign up to The Weekend Read",
        "Free weekly newsletter",
        tagline,
        "Enter your email address",
        "Sign up",
        AFTER,
    )
    assert tagline not in lines
    assert lines == (TEXT, AFTER)


def test_a_description_over_a_log_in_button_goes_with_the_box() -> None:
    text = "Der Bundesrat hat am Freitag die Botschaft zur Neuregelung der Prämien verabschiedet."
    after = "Die Kantone wehren sich gegen die Vorgabe, wie die Konferenz am Abend mitteilte."
    description = "Erhalten Sie jeden Werktag die wichtigsten Nachrichten aus der Region."
    lines = lines_of(text, "Newsletter", "Der Abend", description, "Einloggen", after)
    assert description not in lines
    assert lines == (text, after)


def test_must_stay_a_paragraph_under_a_crosshead_naming_a_newsletter() -> None:
    paragraph = (
        "The firm's weekly newsletter lost half its readers after the price rise, and the "
        "editors say they now want to win them back with a free edition."
    )
    lines = lines_of(TEXT, "The newsletter wars", paragraph, "Enter your email address", AFTER)
    assert paragraph in lines


def test_an_aside_in_brackets_inside_a_sentence_stays_in_it() -> None:
    lines = lines_of(
        TEXT,
        "Benchmark copper on the Norhaven Metal Exchange",
        "(NME)",
        "was up 1.8% at $10,940 a ton by midday, after touching $10,985 earlier.",
        AFTER,
    )
    assert (
        "Benchmark copper on the Norhaven Metal Exchange (NME) was up 1.8% at $10,940 a ton "
        "by midday, after touching $10,985 earlier." in lines
    )


def test_must_stay_a_ticker_chip_or_a_cards_source_in_brackets() -> None:
    ticker = lines_of(TEXT, "Shares of Norhaven Motors", "(NMO.N)", "fell 3% on Friday.", AFTER)
    assert "(NMO.N)" not in " ".join(ticker)
    card = lines_of(TEXT, AFTER, "Ferry operator cuts winter sailings", "(AP)", "More news")
    assert "(AP)" not in card


def test_must_stay_a_story_sentence_to_the_reader_over_the_sites_log_in_link() -> None:
    # auditor B's B25 / B28: the site's account links under the text close no box
    for last, links in (
        ("You can drop in every weekday from 10am to 4pm.", ("Login", "Register")),
        ("Vous pouvez vous y rendre chaque matin de 9h à 12h.", ("Se connecter", "S'inscrire")),
    ):
        lines = lines_of(TEXT, AFTER, last, *links, "Terms of Use")
        assert last in lines, last


def test_must_stay_a_story_line_under_a_crosshead_naming_a_newsletter_over_a_pitch() -> None:
    # auditor B's B-4 (B39): the line ends like a sentence, so it is the story's
    lines = lines_of(
        TEXT,
        "The Courier Daily newsletter",
        "It began in 2023 with 40 readers.",
        "Sign up to our free morning newsletter",
        "Enter your email address",
        "Sign up",
        AFTER,
    )
    assert "It began in 2023 with 40 readers." in lines


def test_must_stay_a_captions_note_and_its_credit_apart() -> None:
    # auditor B's B-2 (B33 / B35): "(Symbolbild)" is no abbreviation, the credit is no text
    caption = "Ein Zug auf der Schnellfahrstrecke bei Erfurt (Symbolbild)"
    lines = lines_of(TEXT, caption, "picture alliance/dpa", AFTER)
    assert not any(line.endswith("(Symbolbild) picture alliance/dpa") for line in lines)
