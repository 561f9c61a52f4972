"""split_cards: a story's header (headline / deck / byline / stamp) over sub-headed sections
with ONE dated related card set between its paragraphs is a story, not a card list: the
sections are no stampless cards and the headline stays the lead's (``_story_around_card``,
auditor C's P-1, probe M09). Two or more dated cards between the text keep today's reading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

HEADLINE = "Mill closure: 300 jobs go as paper maker shuts Lakeside plant"
HEADER = (
    "The Valley Herald\nNews\nBusiness\nSport\nBusiness\n"
    f"{HEADLINE}\n"
    "The company blamed energy costs and falling demand for newsprint\n"
    "By Kevin Doyle\n"
    "November 24, 2026 6:00 AM\n"
    "Share\n"
    "Northfield Paper will close its Lakeside mill in February, ending 300 jobs at the "
    "town's largest private employer, the company said on Monday.\n"
    "The mill has made newsprint since 1948 and supplied most of the region's daily papers.\n"
    "Businesses look for a rebound\n"
    "Shops and cafés near the mill said they feared losing a third of their weekday trade.\n"
)
CARD = "Town council approves grant for mill workers' retraining"
RELATED = f"Related\n{CARD}\n2 hours ago\n"
SECOND = "Council seeks bids for mill site redevelopment\n5 hours ago\n"
TAIL = (
    "Union calls for government buyer\n"
    "The union said it would ask the state government to find a buyer for the site before "
    "the plant closes its doors in February next year.\n"
    '"This is not the end of paper making in Lakeside, and we will fight for every job," '
    "said branch secretary Joan Mills on Monday.\n"
    "Advertisement\nMost read\nSchool bus route changes\n© The Valley Herald\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_one_dated_card_between_sub_headed_sections_keeps_the_story_whole() -> None:
    drafts = split(HEADER + RELATED + TAIL)
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title == HEADLINE
    assert lead.time_text == "November 24, 2026 6:00 AM"
    for line in (
        "Businesses look for a rebound",
        "feared losing a third of their weekday trade",
        "find a buyer for the site",  # (the text resuming under the card: ``_resumed_texts``)
    ):
        assert line in lead.body
    assert [(d.role, d.title) for d in drafts[1:]] == [("related", CARD)]


def test_one_dated_card_without_its_label_keeps_the_story_whole() -> None:
    drafts = split(HEADER + RELATED.removeprefix("Related\n") + TAIL)
    assert (drafts[0].role, drafts[0].title) == ("lead", HEADLINE)
    assert "Businesses look for a rebound" in drafts[0].body
    assert [d.title for d in drafts[1:]] == [CARD]


def test_two_dated_cards_between_the_text_keep_todays_reading() -> None:
    """Must-stay: two stamped cards under the header are a list; the sections around them
    are read as its stampless cards, as before."""
    drafts = split(HEADER + RELATED + SECOND + TAIL)
    titles = [d.title for d in drafts]
    assert CARD in titles
    assert "Council seeks bids for mill site redevelopment" in titles
    assert "Businesses look for a rebound" in titles


def test_section_front_of_headline_summary_stamp_cards_stays_cards() -> None:
    """Must-stay: a section front whose cards are headline / summary / stamp (no header
    with a byline or deck over them) stays a list of cards."""
    front = (
        "The Valley Herald\nBusiness\n"
        "Mill closure: 300 jobs go as paper maker shuts Lakeside plant\n"
        "The company blamed energy costs and falling demand for newsprint.\n"
        "2 hours ago\n"
        "Council seeks bids for mill site redevelopment after closure\n"
        "The site could host housing and a riverside park, the council said.\n"
        "5 hours ago\n"
        "Harbour ferry operator adds winter sailings to the islands\n"
        "Two extra crossings a day will run from December to March.\n"
        "Yesterday\n"
        "© The Valley Herald\n"
    )
    drafts = split(front)
    assert [d.role for d in drafts] == ["related"] * 3
    assert [d.time_text for d in drafts] == ["2 hours ago", "5 hours ago", "Yesterday"]
