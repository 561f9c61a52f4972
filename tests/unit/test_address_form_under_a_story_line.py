"""clean: a form's field asking for an address makes the line over it a newsletter box's
description without addressing the reader only when the line names the news it sends
("Jeden Abend die wichtigsten Nachrichten"); a story's last line over a bare form stays."""

from streams.clean import clean_page
from streams.model import RawPage

_STORY = "Die Eisbahn hat jeden Abend bis 22 Uhr geöffnet."
_BOX = "Jeden Abend die wichtigsten Nachrichten aus der Stadt."


def _page(last: str) -> str:
    return "\n".join(
        [
            "Eisbahn auf dem Marktplatz öffnet am Freitag",
            "Die Eisbahn auf dem Marktplatz öffnet am Freitag für die Wintersaison.",
            "Der Eintritt kostet für Kinder zwei Euro.",
            "Öffnungszeiten",
            last,
            "E-Mail-Adresse",
            "Jetzt anmelden",
        ]
    )


def test_a_story_line_over_a_bare_form_stays() -> None:
    assert _STORY in clean_page(RawPage(text=_page(_STORY))).lines


def test_a_line_naming_the_news_over_the_form_is_the_box() -> None:
    assert _BOX not in clean_page(RawPage(text=_page(_BOX))).lines
