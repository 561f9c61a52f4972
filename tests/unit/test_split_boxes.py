"""split: boxes inside an article's text ("Related", "Lesen Sie auch"): which of their lines
are teasers, which are the text going on under them."""

from datetime import UTC, datetime

import pytest

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


@pytest.mark.parametrize(
    ("mark", "stamp"),
    [
        ("Read more", "Updated at 11:40 a.m."),
        ("Read more", "11:40 a.m."),
        ("Read more", "UPDATE 11:40 a.m."),
        ("Lesen Sie auch", "Update 14:30 Uhr"),
    ],
)
def test_an_update_note_under_a_box_and_a_short_paragraph_is_no_cards_stamp(
    mark: str, stamp: str
) -> None:
    # audit A1: a bare headline link in a box, the text's one-sentence paragraph, then the
    # text's update note: the sentence is the text's (a card prints an age or a date)
    short = "Drivers were told to avoid the area."
    drafts = split(
        HEADER
        + f"{mark}\nFog advisory issued for the valley through Saturday\n"
        + f"{short}\n{stamp}\n"
        + RESUMED
    )
    assert [draft.role for draft in drafts] == ["lead"]
    body = drafts[0].body
    assert short in body
    assert "The delay is a blow to a valley" in body


PHOTO_STORY = (
    "In pictures: Frozen lochs as cold snap grips Highlands\n"
    "20 February 2026\n"
    "Temperatures fell to -14.2C at Altnaharra in Sutherland overnight, the lowest recorded "
    "in the UK this winter. Lochs froze over, waterfalls turned to ice and snow closed several "
    "roads across the Highlands on Thursday. Here are some of the pictures taken as the cold "
    "snap continued.\n"
    "PA Media\n"
    "Ice covers much of Loch Morlich near Aviemore, with the Cairngorms behind\n"
    "Getty Images\n"
    "The Grey Mare's Tail waterfall in the Moffat Hills was partly frozen\n"
    "Related\n"
    "Cold weather: Amber warning for snow and ice in northern Scotland\n"
    "PA Media\n"
    "Walkers on the frozen edge of Loch Ness at Dores\n"
    "EPA\n"
    "Red deer search for food in the snow at Glen Etive\n"
    "Getty Images\n"
    "Frost on the trees around the Hermitage near Dunkeld\n"
    "More from Scotland\n"
    "Ferry cancellations leave Barra without fresh food deliveries\n"
    "3 hours ago\n"
)


def test_a_photo_storys_pictures_go_on_under_a_box_between_them() -> None:
    drafts = split(PHOTO_STORY)
    story = drafts[0]
    assert story.role == "lead"
    assert story.body.startswith("Temperatures fell to -14.2C")
    assert "Cold weather: Amber warning" not in story.body
    assert [(caption.text[:12], caption.credit) for caption in story.captions] == [
        ("Ice covers m", "PA Media"),
        ("The Grey Mar", "Getty Images"),
        ("Walkers on t", "PA Media"),
        ("Red deer sea", "EPA"),
        ("Frost on the", "Getty Images"),
    ]


def test_headlines_in_a_box_after_the_text_under_one_credit_are_no_text() -> None:
    # one credit line under a "Related" heading after the text: a card's picture, no story's
    # pictures going on
    drafts = split(
        HEADER + RESUMED + "Related\nGetty Images\n"
        "Ferry fares to rise by a third from January\n"
        "Council approves new bus depot for the north quarter\n"
    )
    assert "Ferry fares" not in lead(drafts).body
    assert "bus depot" not in lead(drafts).body


def test_a_line_under_an_agency_sign_off_after_the_text_is_no_caption() -> None:
    body = lead(split(HEADER + RESUMED + "AAP\nMore Football\n")).body
    assert "More Football" not in body


RAIL_TEXT = (
    "Rail fares to rise by 4.6% in March, government confirms\n"
    "By Tom Edwards\n"
    "14 March 2026\n"
    "Regulated rail fares in England will rise by 4.6% from March, the government has "
    "confirmed, the biggest increase in three years.\n"
    "The rise, which covers season tickets and off-peak returns on most routes, is linked "
    "to July's inflation figure.\n"
)
RAIL_LAST = (
    "Passenger groups said the increase would push more people back into their cars, while "
    "the industry said the money was needed to fund upgrades."
)


def test_a_related_rail_with_thumbnail_credits_after_an_ordinary_text_ends_it() -> None:
    # audit A3 (b14): credit / headline pairs under "Related" after a text that ends in a
    # paragraph: a rail's thumbnails, no photo story going on
    drafts = split(
        RAIL_TEXT + RAIL_LAST + "\nRelated\nGetty Images\n"
        "Train strikes called off after pay deal\nPA Media\nWhy is rail travel so expensive?\n"
        "Reuters\nNew timetable brings more trains to the north\n"
        "Top Stories\nStorm warning for the weekend\n"
    )
    story = lead(drafts)
    assert story.body.endswith(RAIL_LAST)
    assert not story.captions
    assert "Why is rail travel so expensive?" not in story.body


def test_credited_cards_with_summaries_after_an_ordinary_text_are_teasers() -> None:
    # audit A3 (b15): credit / headline / summary under "More on this story"
    drafts = split(
        RAIL_TEXT + RAIL_LAST + "\nMore on this story\nGetty Images\n"
        "Train strikes called off after pay deal\n"
        "Unions accepted a 5% offer after months of walkouts.\nPA Media\n"
        "Why is rail travel so expensive?\n"
        "We look at what you pay for and where the money goes.\nFooter links\nTerms of use\n"
    )
    assert [draft.title for draft in drafts][1:] == [
        "Train strikes called off after pay deal",
        "Why is rail travel so expensive?",
    ]
    story = lead(drafts)
    assert story.body.endswith(RAIL_LAST)
    assert not story.captions
    assert "Unions accepted" not in story.body


def test_a_credited_box_inside_an_ordinary_text_takes_no_paragraph_as_caption() -> None:
    # audit A3: the box's credits are its cards' thumbnails; the text's paragraph above it
    # is no caption
    body = lead(
        split(
            RAIL_TEXT + "Related\nGetty Images\nTrain strikes called off after pay deal\n"
            "PA Media\nWhy is rail travel so expensive?\n" + RAIL_LAST + "\n"
        )
    ).body
    assert "is linked to July's inflation figure." in body
    assert RAIL_LAST in body


FACTS = (
    "Erste Fahrt: 2005\n"
    "Flotte: künftig drei Schiffe mit je rund 250 Plätzen\n"
    "Fahrzeit Konstanz–Friedrichshafen: 52 Minuten\n"
    "Fahrgäste 2025: rund 612.000\n"
)


def test_a_fact_box_inside_the_text_is_text() -> None:
    body = lead(split(HEADER + "Der Katamaran in Zahlen\n" + FACTS + RESUMED)).body
    assert all(line in body for line in FACTS.splitlines())
    assert "The delay is a blow to a valley" in body


def test_a_fact_box_under_by_the_numbers_is_text_no_author_box() -> None:
    facts = (
        "9h 12m: total outage of the region\n"
        "4 of 6: chillers that shut down\n"
        "90 minutes: before the status page changed\n"
    )
    body = lead(split(HEADER + "By the numbers\n" + facts + RESUMED)).body
    assert "By the numbers" in body
    assert all(line in body for line in facts.splitlines())
    assert "within six hours of a flood warning being issued." in body


def test_a_staff_byline_with_the_after_the_text_still_ends_it() -> None:
    body = lead(split(HEADER + RESUMED + "By the Newswatch Digital Team\nMost read\n")).body
    assert "Newswatch" not in body


@pytest.mark.parametrize(
    "links",
    [
        pytest.param(
            "Ukraine: talks resume in Geneva\n"
            "Budget 2026: what changes for renters\n"
            "Weather: storm warning for the coast\n"
            "Rail: strike called off\n",
            id="kicker-headlines",
        ),
        # audit A4 (b16): "Topic: headline" links that each print a figure, inside a phrase
        pytest.param(
            "Budget 2026: 5 things that change for you\n"
            "Pensions: what the 4.1% rise means\n"
            "Energy bills: how to cut yours by £200\n",
            id="topic-headlines-with-figures",
        ),
        # audit A4b (b16b, b16c): the figure opens a phrase, it is no quantity with its unit
        pytest.param(
            "Budget 2026: 5 things that change for you\n"
            "Pensions: 3 ways to boost your payout\n"
            "Energy bills: 10 tips to cut your costs this winter\n",
            id="listicle-en",
        ),
        pytest.param(
            "Haushalt 2027: 5 Dinge, die sich ändern\n"
            "Rente: 3 Tipps für mehr Geld im Alter\n"
            "Strompreise: 10 Wege, um zu sparen\n",
            id="listicle-de",
        ),
        # audit A4 (b17): signed changes are a ticker's chips
        pytest.param(
            "Markets\n"
            "FTSE 100: 8,234.50 +0.4%\n"
            "Dow Jones: 44,120.10 -0.2%\n"
            "Brent crude: $72.10 +1.1%\n"
            "GBP/USD: 1.2710 +0.1%\n",
            id="market-ticker",
        ),
    ],
)
def test_labelled_links_inside_the_text_are_no_fact_box(links: str) -> None:
    body = lead(split(HEADER + links + RESUMED)).body
    assert not any(line in body for line in links.splitlines())
    assert "The delay is a blow to a valley" in body


@pytest.mark.parametrize(
    "byline", ["By the editorial board", "By the newsroom staff", "By the staff of The Herald"]
)
def test_a_staff_byline_by_the_lower_case_staff_after_the_text_ends_it(byline: str) -> None:
    # audit A5: "By the <lower-case word>" is a label ("By the numbers") unless it names
    # the newsroom's staff: an author box after the text, no text
    note = "The editorial board is made up of six journalists."
    body = lead(split(HEADER + RESUMED + f"{byline}\n{note}\n")).body
    assert byline not in body
    assert "within six hours of a flood warning being issued." in body
