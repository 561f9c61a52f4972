"""clean: a field of an author box under the byline ("Expertise: Streaming services, smart
TVs, cord cutting") is no article text and no card's title over the header's stamp (it
stood right over the stamp, and split read it as the headline)."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import is_author_box_field
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)

PAGE = (
    "Streaming\n"
    "Streaming Prices Are Up 22% in Two Years. Here's What You're Paying Now\n"
    "Ad tiers kept the entry price low, but the plans most people use have climbed.\n"
    "Priya Raman\n"
    "Senior Editor\n"
    "{field}\n"
    "March 30, 2026 5:00 a.m. PT\n"
    "If it feels like your streaming bill keeps creeping up, it's not your imagination. "
    "The price of the most popular ad-free plans has risen an average of 22% since March "
    "2024, according to our analysis of published price lists.\n"
    "The increases have come in small steps, a dollar here, two dollars there, which makes "
    "them easy to miss, but they add up to about $13 a month for a household.\n"
)


@pytest.mark.parametrize(
    "field",
    [
        "Expertise: Streaming services, smart TVs, cord cutting",
        "Areas of expertise: Courts, policing, city hall",
        "Fachgebiete: Verkehr, Stadtplanung",
        "Domaines d'expertise : énergie, climat",
    ],
)
def test_an_author_box_field_over_the_stamp_is_no_headline(field: str) -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE.format(field=field), fetched_at=FETCHED)))
    lead = drafts[0]
    assert lead.title.startswith("Streaming Prices Are Up 22%")
    assert field not in lead.body
    assert "according to our analysis" in lead.body


@pytest.mark.parametrize(
    "line",
    [
        # must-stay: a sentence after the label is the text's
        "Expertise: the council had none, critics said.",
        "Expertise: Why voters stopped trusting the experts",
        "Expertise: Courts,",
        # must-stay: a headline whose label is no author box's field
        "Watch: Crews clear the harbour road",
        "Local expertise: why small towns keep their banks",
    ],
)
def test_a_sentence_or_other_label_is_no_author_box_field(line: str) -> None:
    assert not is_author_box_field(line)


def test_a_sentence_under_the_label_stays_in_the_text() -> None:
    text = PAGE.format(field="Priya Raman reports on streaming.") + (
        "Expertise: the services say they have it, but the bills say otherwise.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert "the services say they have it" in drafts[0].body


def test_a_column_labelled_card_title_stays_a_card() -> None:
    # must-stay (auditor A's A-2, probe A26): a column's label over a headline in a card
    # list is a card's title, and each card keeps its own stamp
    text = (
        "Opinion\nColumns\nLatest\n"
        "Expertise: Why voters stopped trusting the experts\n"
        "The pandemic and the financial crisis left deep scars on public faith in specialists.\n"
        "By Daniel Moss\n2 hours ago\n"
        "Housing: The real reason rents keep rising in our cities\n"
        "Supply is only part of the story; interest rates matter more than most think.\n"
        "By Sara Lee\n4 hours ago\n"
        "Energy: Why the grid cannot keep up with new solar farms\n"
        "Connection queues now stretch to 2035 in some regions.\n"
        "By Tom Hart\n6 hours ago\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    stamps = {draft.title: draft.time_text for draft in drafts}
    assert stamps.get("Expertise: Why voters stopped trusting the experts") == "2 hours ago"
    assert stamps.get("Housing: The real reason rents keep rising in our cities") == "4 hours ago"
