"""split_body: a caption without a full stop and its credit line between a text's paragraphs
("The Spirit of the Tyne ferry at North Shields landing" / "PA Media") are a photo's, left to
the captions stage, not a run of link lines dropped with its caption lost; two headline links
between the paragraphs, no credit among them, still go."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 16, 0, tzinfo=UTC)

HEADER = (
    "Ferry operator suspends Tyne crossing after engine fire in mid-river\n"
    "Saturday 28 November 2026, 2:15pm\n"
    "The ferry between North Shields and South Shields has been suspended until further "
    "notice after a small engine fire broke out on Saturday morning.\n"
    "Nobody was injured. Crew members put the fire out within minutes, and a tug towed the "
    "boat back to the North Shields landing shortly after 9.30am.\n"
)
AFTER = (
    'Nexus, which runs the service, said passengers had been "calm and cooperative" and '
    "praised the crew for their quick response.\n"
    "Maritime and Coastguard Agency officials are expected to inspect the vessel next week.\n"
)
CAPTION = "The Spirit of the Tyne ferry at North Shields landing"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_caption_and_its_agency_line_between_paragraphs_give_a_caption() -> None:
    lead = split(HEADER + f"{CAPTION}\nPA Media\n" + AFTER)[0]
    assert [(c.text, c.credit) for c in lead.captions] == [(CAPTION, "PA Media")]
    assert CAPTION not in lead.body
    assert "Nexus, which runs the service" in lead.body


def test_must_stay_two_headline_links_between_paragraphs_go() -> None:
    links = "Tyne and Wear Metro fares to rise in January\nSunderland bridge closure extended\n"
    lead = split(HEADER + links + AFTER)[0]
    assert "Metro fares to rise" not in lead.body
    assert "Sunderland bridge closure" not in lead.body
    assert lead.captions == ()
    assert "Nexus, which runs the service" in lead.body


def test_must_stay_a_short_line_over_an_agency_between_paragraphs_goes() -> None:
    # auditor C's C-5 (W08, W06, s12 e_c9): a line too short for a caption ("The Cours Dajot,
    # Friday", "Le port fermé") over "AFP" may be a link and its source: dropped as a run, as
    # before, not left in the text
    lead = split(HEADER + "The Tyne landing, Saturday\nAFP\n" + AFTER)[0]
    assert "The Tyne landing, Saturday" not in lead.body
    assert "AFP" not in lead.body.split()
    assert "Nexus, which runs the service" in lead.body
