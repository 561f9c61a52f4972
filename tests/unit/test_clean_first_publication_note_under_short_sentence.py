"""A note naming the text itself and where it first ran ("This article originally appeared
on Harbour Radio and is republished with permission.") goes where the text ends also under
a short last sentence, not only under a long paragraph."""

from streams.clean import clean_page
from streams.model import RawPage

NOTE = "This article originally appeared on Harbour Radio and is republished with permission."
LAST = "The council apologised for the disruption."


def lines_of(*lines: str) -> tuple[str, ...]:
    return clean_page(RawPage(text="\n".join(lines))).lines


def test_a_first_publication_note_under_a_short_sentence_goes() -> None:
    lines = lines_of(
        "Boil-water notice lifted in Eastbay",
        "Residents of Eastbay no longer need to boil their tap water, the district council says.",
        "The notice was issued on Monday after bacteria were found at the Kelso reservoir.",
        LAST,
        NOTE,
        "More from the region",
        "Man charged after Kelso crash",
    )
    assert NOTE not in lines
    assert LAST in lines
