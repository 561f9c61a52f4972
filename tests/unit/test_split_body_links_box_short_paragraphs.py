"""split_body: under a box of headline links inside the text ("Related Stories" / two
headlines), the text resuming in short paragraphs of one sentence each stays the lead's
(auditor A's A-P3, probe A28: all five paragraphs under the box were lost)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)

HEADER = (
    "US\nPolitics\n"
    "Governor signs bill banning phones in public schools\n"
    "The law takes effect at the start of the next school year.\n"
    "By Ken Ortiz\n"
    "March 10, 2026 at 7:45 a.m. EST\n"
    "The governor signed a bill on Monday banning students from using phones during the "
    "school day in all public schools in the state.\n"
)
LINKS = (
    "Related Stories\n"
    "Districts brace for costs of new school safety rules\n"
    "Lawmakers split over plan to extend school day\n"
)
RESUMED = (
    'He called it "the most important education law in a decade."',
    "Teachers' unions backed the measure.",
    "Some parents opposed it.",
    "Schools will have to provide lockers or pouches for phones, at a cost the state "
    "estimates at $40 million.",
)
FOOTER = "Advertisement\nCopyright 2026\n"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_short_paragraphs_under_a_box_of_links_stay_in_the_lead() -> None:
    drafts = split(HEADER + LINKS + "\n".join(RESUMED) + "\n" + FOOTER)
    lead = drafts[0]
    assert lead.role == "lead"
    assert all(paragraph in lead.body for paragraph in RESUMED)
    assert "Districts brace for costs" not in lead.body
    assert "Lawmakers split over plan" not in lead.body


def test_headlines_under_the_box_still_leave_the_text() -> None:
    # must-stay: a box of bare headlines between paragraphs is navigation, also with a
    # third headline under the two (no full stop: no paragraph of the text)
    text = (
        HEADER
        + LINKS
        + "Parents group vows court challenge to phone ban\n"
        + "\n".join(RESUMED)
        + "\n"
        + FOOTER
    )
    lead = split(text)[0]
    assert "Parents group vows court challenge" not in lead.body
    assert "Some parents opposed it." in lead.body


def test_one_card_and_its_summary_sentences_keep_their_reading() -> None:
    # must-stay: one headline over sentences (the next story printed in full, or a card and
    # its summary) is not read as a box of links over the text
    text = HEADER + "Up next\nDistricts brace for costs of new school safety rules\n"
    text += "School boards say the rules will cost them millions.\n"
    text += "Some districts plan to raise fees.\nOthers will cut bus routes.\n" + FOOTER
    drafts = split(text)
    lead = drafts[0]
    assert "School boards say the rules will cost them millions." not in lead.body


@pytest.mark.parametrize(
    "closing",
    [
        # must-stay (auditor A's A-4, probes A34, A36, A37): the site's own closing
        # sentences under a box that ends the text speak as the site or to the reader
        (
            "Our journalism relies on readers like you.",
            "Every contribution, however big or small, helps.",
            "Thank you for reading.",
        ),
        (
            "The Daily Courier is part of Northern Courier Media.",
            "We are committed to the Editors' Code of Practice.",
            "Our newsroom is based in Springfield.",
        ),
        # probe A37: the site's imprint in the third person shares no word with the story
        # over the box (names aside: "12 High Street" is no echo of "Main Street")
        (
            "The Daily Courier is part of Northern Courier Media.",
            "The Daily Courier is a member of the Independent Press Standards Organisation.",
            "Published by Northern Courier Media Ltd, 12 High Street, Springfield.",
        ),
    ],
)
def test_the_sites_closing_sentences_under_a_box_stay_out(closing: tuple[str, ...]) -> None:
    text = HEADER.replace("in the state", "on Main Street")
    text += "You might also like\n"
    text += "Bus fares frozen for another year\nNew park-and-ride opens on ring road\n"
    text += "\n".join(closing) + "\nContact us\nTerms\nPrivacy\n"
    lead = split(text)[0]
    assert all(line not in lead.body for line in closing)
