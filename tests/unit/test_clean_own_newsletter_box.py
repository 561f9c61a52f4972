"""A newsletter box whose description names the site's own newsletter ("Mit unserem
Newsletter „…“ erhalten Sie jeden Morgen …") over the e-mail field and the sign-up button
goes, even long and under a heading that does not name it; a story's sentence on a
newsletter over the site's account links stays."""

from streams.clean import clean_page
from streams.model import RawPage

TEXT = (
    "Wenn alles nach Plan laufe, solle die Strecke am Gründonnerstag wieder freigegeben "
    "werden, sagte der Bürgermeister am Mittwoch."
)
AFTER = "Zum Abschluss werden die Markierungen erneuert, dafür ist eine Nachtsperrung angekündigt."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_description_naming_our_newsletter_goes_with_its_field_and_button() -> None:
    description = (
        "Mit unserem Newsletter „Guten Morgen, Stadt“ erhalten Sie jeden Morgen die "
        "wichtigsten Nachrichten aus der Region."
    )
    lines = lines_of(TEXT, AFTER, description, "E-Mail-Adresse", "Jetzt anmelden")
    assert description not in lines
    assert lines[-1] == AFTER


def test_must_stay_a_storys_sentence_on_a_newsletter_over_account_links() -> None:
    # a story's sentence naming the site's newsletter, then the site's account links: no
    # e-mail field between, no box
    sentence = (
        "In unserem Newsletter haben wir jeden Morgen über die Baustelle berichtet, die "
        "Leserinnen und Leser schickten Hunderte Fragen."
    )
    lines = lines_of(TEXT, sentence, "Anmelden")
    assert sentence in lines


def test_must_stay_a_sentence_on_another_newsletter_over_a_form() -> None:
    # a newsletter named without the site's "our" and longer than a box's description
    sentence = (
        "Der Newsletter des Landratsamts erscheint künftig jeden Morgen und informiert über "
        "Sperrungen, Umleitungen und Baustellen im ganzen Kreis."
    )
    lines = lines_of(TEXT, sentence, "E-Mail-Adresse", "Jetzt anmelden")
    assert sentence in lines
