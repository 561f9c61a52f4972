"""A live entry's early clock ("07:15") right under the caption closing the entry before
("… the platform. Belga") and over its headline and text is the entry's clock, not a
video's length: the entry keeps its clock and headline."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_page import _entry_under_caption

PAGE = """\
Gazet van de Kust
LIVE
Storm Ciarán: kustlijn onder code oranje, veerdiensten geschrapt
Laatst bijgewerkt: 02/11/2026 om 08:20
08:10
Veerdienst naar Dover geschrapt
De rederij heeft alle afvaarten van vanochtend geannuleerd wegens de hoge golven.
07:45
Bomen op de kustweg
De brandweer rukte al meer dan veertig keer uit voor omgewaaide bomen langs de kust.
Golven slaan over de pier in Oostende. Belga
07:15
Scholen blijven open
Het onderwijsnet laat weten dat de lessen normaal doorgaan, maar uitstappen worden afgelast.
"""


def test_entry_clock_under_caption_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "07:15" in body
    assert "Scholen blijven open" in body


def test_must_stay_a_paragraph_of_two_sentences_is_no_caption() -> None:
    # an abbreviation's stop is no caption's: "U.S." ends no sentence before a credit
    lines = (
        "The U.S. team won the final in Paris on Sunday.",
        "08:30",
        "Highlights from the final",
        "The coach said the team had trained for this match for two years.",
    )
    assert not _entry_under_caption(lines, 1)
    assert _entry_under_caption(("Golven slaan over de pier in Oostende. Belga", *lines[1:]), 1)
