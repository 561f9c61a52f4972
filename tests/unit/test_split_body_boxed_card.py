"""split_body: one stamped card (headline / date or age) under a box's label between the
paragraphs of a text: a teaser, and the paragraphs under it are the text going on
(``_resumed_texts`` with ``_boxed_card``)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 17, 12, 0, tzinfo=UTC)

HEADER = (
    "Power company blames vandalism for weekend blackout across the west\n"
    "By Brian Otieno\n"
    "May 17, 2026 8:45 am\n"
    "The power company has blamed vandals for a blackout that left large parts of four "
    "counties without electricity for more than fourteen hours on Saturday and Sunday.\n"
    "Traders said the outage had disrupted business on one of the busiest weekends of the "
    "month, and market stalls threw away fish and milk that had spoiled overnight.\n"
)
RESUMED = (
    "Hospitals in the region switched to backup generators. The county referral hospital "
    "said no critical services had been interrupted during the outage.\n"
    "The energy minister said the government would deploy more security officers along key "
    "transmission corridors and urged people living near the lines to report suspects.\n"
    "Police said two people had been arrested on Saturday night in connection with the "
    "theft and were expected in court on Monday.\n"
)
CARD = "Energy ministry orders audit of transmission security after thefts"


# the page's card list after the text: the box's card is read as one of the page's cards
LATEST = (
    "Latest\n"
    "Road section to open on Tuesday after two years of delays\n2 hours ago\n"
    "Exam timetable published for November candidates\n3 hours ago\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("stamp", ["May 15, 2026", "2 days ago"])
def test_a_stamped_card_under_a_box_label_is_a_teaser_and_the_text_goes_on(stamp: str) -> None:
    drafts = split(HEADER + f"Related\n{CARD}\n{stamp}\n" + RESUMED + LATEST)
    assert [(d.title, d.time_text, d.body) for d in drafts[1:2]] == [(CARD, stamp, "")]
    body = drafts[0].body
    assert "Hospitals in the region switched to backup generators." in body
    assert "expected in court on Monday." in body
    assert CARD not in body


def test_an_article_header_with_a_byline_under_a_box_label_keeps_its_text() -> None:
    # title / byline / stamp over paragraphs: the next article's header, no teaser
    drafts = split(HEADER + f"Up next\n{CARD}\nBy Jane Mwangi\nMay 15, 2026\n" + RESUMED + LATEST)
    assert drafts[1].title == CARD
    assert "Hospitals in the region switched" in drafts[1].body
    assert "Hospitals in the region switched" not in drafts[0].body


def test_a_dated_card_without_a_box_label_reads_as_before() -> None:
    drafts = split(HEADER + f"{CARD}\nMay 15, 2026\n" + RESUMED + LATEST)
    assert drafts[1].title == CARD
    assert "Hospitals in the region switched" in drafts[0].body


def test_short_paragraphs_under_a_read_more_cards_stamp_are_the_texts() -> None:
    # auditor A's P2 (probe A9): the text's four short paragraphs (no long one) under a
    # "Read more" box's one dated card go on with the lead, not into the card's body
    resumed = (
        "Health chiefs said extra weekend clinics had helped clear the backlog of hip and "
        "knee operations.",
        "But the Royal College of Surgeons warned that progress was fragile.",
        '"One bad winter could undo all of this," said its regional director, Dr Helen Marsh.',
        "The government has promised to end waits of more than a year by 2027.",
    )
    drafts = split(
        "Hospital waiting lists fall for third month\n"
        "The number of patients waiting more than a year dropped by 4,000 in February.\n"
        "By Priya Nair, Health Correspondent\n"
        "10 March 2026, 6:00am\n"
        "Waiting lists at the region's hospitals fell for the third month in a row, figures "
        "published on Monday show.\n"
        "The number of people waiting more than 52 weeks for treatment fell to 21,400, down "
        "from 25,500 in November.\n"
        "Read more\n"
        "Nurses to get 4% pay rise, minister confirms\n"
        "7 March 2026\n" + "\n".join(resumed) + "\n"
        "More on this story\n"
        "GP appointments: what changes in April\n8 March 2026\n"
        "Why A&E queues are still growing\n5 March 2026\n"
    )
    assert [(d.title, d.body) for d in drafts[1:2]] == [
        ("Nurses to get 4% pay rise, minister confirms", "")
    ]
    assert all(line in drafts[0].body for line in resumed)
