"""split: after the text, "<Name> <verb> …" where the name was printed on a line of its own
above the text is a note on the author; a place printed in the menu or a topic list
("Western Australia") opening a sentence of the text is none: the text goes on."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
PLACE_SENTENCE = (
    "Western Australia has had its wettest winter in the south-west since records began, "
    "with farmers reporting flooded paddocks."
)
LAST = "The shire said crews would inspect every road in the district before reopening them."


def _lead_body(*lines: str) -> str:
    drafts = split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))
    return drafts[0].body


def test_a_menu_place_opening_a_sentence_does_not_end_the_text() -> None:
    body = _lead_body(
        "News",
        "Western Australia",
        "Weather",
        "Floods close dozens of roads across the Wheatbelt",
        "Tom Baxter",
        "Sun 29 Nov 2026 07.14 GMT",
        "Dozens of roads across the Wheatbelt were closed on Sunday after two days of heavy "
        "rain sent creeks over their banks.",
        "The Department of Transport said about 40 roads remained shut on Sunday afternoon, and "
        "warned drivers not to cross flooded causeways.",
        PLACE_SENTENCE,
        LAST,
    )
    assert PLACE_SENTENCE in body
    assert LAST in body
