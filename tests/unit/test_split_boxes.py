"""split: boxes inside an article's text ("Related", "Lesen Sie auch"): which of their lines
are teasers, which are the text going on under them."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

HEADER = (
    "Flood barrier delayed by two years after contractor collapse\n"
    "By Rachel Armitage\n"
    "14 March 2026, 07:45\n"
    "The final phase of the valley's flood defence scheme will not be finished until 2029, "
    "two years later than promised, after the main contractor went into administration.\n"
    "The agency confirmed on Friday that work on the flood walls had been paused since "
    "January, and that a replacement contractor would be appointed in the summer.\n"
)
RESUMED = (
    "The delay is a blow to a valley that has flooded repeatedly over the past decade, "
    "and traders say they cannot afford another winter without the walls.\n"
    "The agency said temporary barriers would be kept in store near the town centre and "
    "could be put up within six hours of a flood warning being issued.\n"
)
TEASER_TITLE = "Traders count the cost of third flood in six years"
TEASER_SUMMARY = "Shop owners on Market Street say insurance premiums have tripled since 2020."


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


def test_a_stamped_card_in_a_box_inside_the_text_is_a_teaser_and_the_text_goes_on() -> None:
    drafts = split(HEADER + f"Related\n{TEASER_TITLE}\n{TEASER_SUMMARY}\n2nd Feb 2026\n" + RESUMED)
    assert [draft.role for draft in drafts] == ["lead", "related"]
    teaser = drafts[1]
    assert teaser.title == TEASER_TITLE
    assert teaser.body == TEASER_SUMMARY
    assert teaser.time_text == "2nd Feb 2026"
    body = lead(drafts).body
    assert TEASER_SUMMARY not in body and TEASER_TITLE not in body
    assert "The delay is a blow to a valley" in body
    assert "within six hours of a flood warning being issued." in body


def test_a_stamped_card_under_its_chip_in_a_box_is_a_teaser() -> None:
    drafts = split(
        HEADER
        + "Lesen Sie auch\nWetter\n"
        + f"{TEASER_TITLE}\n{TEASER_SUMMARY} It is the third time.\nvor 3 Stunden\n"
        + RESUMED
    )
    assert [draft.title for draft in drafts][1:] == [TEASER_TITLE]
    assert drafts[1].time_text == "vor 3 Stunden"
    assert "Wetter" not in lead(drafts).body
    assert "The delay is a blow to a valley" in lead(drafts).body


def test_a_box_cards_summary_without_a_stamp_stays_in_the_text() -> None:
    # label / headline / one sentence: the shape of a sub-heading over a short paragraph;
    # no stamp tells them apart, and recall wins
    drafts = split(HEADER + f"Related\n{TEASER_TITLE}\n{TEASER_SUMMARY}\n" + RESUMED)
    assert len(drafts) == 1
    assert TEASER_SUMMARY in drafts[0].body


def test_a_subheading_over_a_short_paragraph_under_a_stamped_box_card_stays_in_the_text() -> None:
    subheading = "What happens next"
    short = "A public meeting is set for Thursday."
    drafts = split(
        HEADER
        + f"Related\n{TEASER_TITLE}\n{TEASER_SUMMARY}\n2nd Feb 2026\n"
        + f"{subheading}\n{short}\n"
        + RESUMED
    )
    assert [draft.title for draft in drafts][1:] == [TEASER_TITLE]
    body = lead(drafts).body
    assert subheading in body and short in body
    assert "The delay is a blow to a valley" in body


def test_a_subheading_over_a_one_sentence_paragraph_stays_in_the_text() -> None:
    # in the middle of the text and at its end, no box label, no stamp: text
    subheading = "Traders count the cost"
    short = "Shop owners say insurance premiums have tripled since 2020."
    middle = split(HEADER + f"{subheading}\n{short}\n" + RESUMED)
    end = split(HEADER + RESUMED + f"{subheading}\n{short}\n")
    for drafts in (middle, end):
        assert len(drafts) == 1
        assert subheading in drafts[0].body and short in drafts[0].body
