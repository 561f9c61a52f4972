"""A page without a lead: its top "story" is the first of a list of stampless cards."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


TOPIC_PAGE = """\
News
Sport
Climate
Climate crisis
Heatwave forecast to push the grid's demand for air conditioning to a record
The grid operator says cooling now accounts for up to 8 per cent of summer peak load.
Harry Mallory
Antarctic sea ice fails to recover for a third winter running, scientists warn
Satellite data shows the ice extent is almost two million square kilometres below average.
Exclusive
Water firms spent £1.2bn on dividends while missing their leak targets
Regulators had set binding targets for all 11 companies, but only two met them last year.
Daisy Whitcombe
More on Climate crisis
Record number of gardens report drought-stressed trees this spring
The horticultural society received twice as many advice requests about browning leaves.
Why the price of olive oil is about to rise again this autumn
Harvest forecasts have been cut after a dry spring in the south of Spain.
"""


def test_top_card_of_a_stampless_list_is_no_lead() -> None:
    drafts = split(TOPIC_PAGE)
    assert [draft.title for draft in drafts] == [
        "Heatwave forecast to push the grid's demand for air conditioning to a record",
        "Antarctic sea ice fails to recover for a third winter running, scientists warn",
        "Water firms spent £1.2bn on dividends while missing their leak targets",
        "Record number of gardens report drought-stressed trees this spring",
        "Why the price of olive oil is about to rise again this autumn",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[0].body == (
        "The grid operator says cooling now accounts for up to 8 per cent of summer peak load."
    )
    assert "Satellite data" not in drafts[0].body


# must-stay: a short story whose paragraphs sit under subheadings keeps its lead
BRIEF_WITH_SUBHEADINGS = """\
News
Storm hits coast
Gales of up to 90 mph tore through the northern coast overnight.
Roads closed
The coast road is shut between the harbour and the bridge.
Schools shut
All schools on the islands are closed until Thursday.
More on this story
Record number of gardens report drought-stressed trees this spring
The horticultural society received twice as many advice requests about browning leaves.
Why the price of olive oil is about to rise again this autumn
Harvest forecasts have been cut after a dry spring in the south of Spain.
"""


def test_brief_under_subheadings_keeps_its_lead() -> None:
    drafts = split(BRIEF_WITH_SUBHEADINGS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Storm hits coast"
    assert "All schools on the islands are closed until Thursday." in drafts[0].body


# must-stay: a story of several paragraphs, then headline / summary cards, keeps its lead
ARTICLE = """\
News
Heatwave forecast to push the grid's demand for air conditioning to a record
The grid operator says cooling now accounts for up to 8 per cent of summer peak load.
By Harry Mallory
Engineers said on Tuesday that the hottest week of the year could push the network \
close to its limits, with demand peaking in the late afternoon.
The operator has asked large users to shift their load to the night where they can.
Antarctic sea ice fails to recover for a third winter running, scientists warn
Satellite data shows the ice extent is almost two million square kilometres below average.
Water firms spent £1.2bn on dividends while missing their leak targets
Regulators had set binding targets for all 11 companies, but only two met them last year.
"""


def test_story_with_paragraphs_keeps_its_lead() -> None:
    drafts = split(ARTICLE)
    assert drafts[0].role == "lead"
    assert drafts[0].title == (
        "Heatwave forecast to push the grid's demand for air conditioning to a record"
    )
    assert "shift their load to the night" in drafts[0].body


# must-stay (audit B-H5, probes B37/B39, D51): a short story whose sections sit under
# sub-headings of a headline's length, over a "More news" list of stamped cards
STORY_WITH_SECTIONS = """\
Valley Herald
News
What the new parking rules mean for downtown drivers
Parking meters downtown will run until 9 p.m. from April 1, the city council decided on Monday.
Evening demand doubled after theater opened
Officials say evening demand has doubled since the new theater opened, and spaces are hard to find.
Why is the city changing the hours?
The hourly rate stays at $2. Residents with a permit will not pay on their own street.
More news
School board delays vote on new calendar
Parents asked for more time to respond.
2 hours ago
Fishermen weigh losses after closed season
Dock prices rose as the fleet stayed home.
5 hours ago
"""


def test_story_with_sub_headings_keeps_its_lead() -> None:
    drafts = split(STORY_WITH_SECTIONS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "What the new parking rules mean for downtown drivers"
    assert "Evening demand doubled after theater opened" in drafts[0].body
    assert "Residents with a permit will not pay" in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "School board delays vote on new calendar",
        "Fishermen weigh losses after closed season",
    ]


# must-stay (audit D, probes D57/D61): the story's sections with a photo caption under
# each paragraph (a sentence with its credit) keep their lead
STORY_WITH_CAPTIONS = STORY_WITH_SECTIONS.replace(
    "decided on Monday.\n",
    "decided on Monday.\n"
    "New meters were installed on Main Street last week. Photo: Valley Herald\n",
).replace(
    "hard to find.\n",
    "hard to find.\nThe Orpheum theater reopened in January. Photo: Valley Herald\n",
)


def test_story_with_sections_and_photo_captions_keeps_its_lead() -> None:
    drafts = split(STORY_WITH_CAPTIONS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "What the new parking rules mean for downtown drivers"
    assert "Residents with a permit will not pay" in drafts[0].body


# must-stay (audit D, probes D67/D68): a photo's credit on its own line between sections
STORY_WITH_CREDITS = STORY_WITH_SECTIONS.replace(
    "decided on Monday.\n", "decided on Monday.\nPhoto: John Smith\n"
).replace("hard to find.\n", "hard to find.\nGetty Images\n")


def test_story_with_sections_and_credit_lines_keeps_its_lead() -> None:
    drafts = split(STORY_WITH_CREDITS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "What the new parking rules mean for downtown drivers"
    assert "Residents with a permit will not pay" in drafts[0].body


# must-stay (audit D, probes D76/D77): a pull quote and its speaker, or a caption and the
# photographer's name, between a story's sections
STORY_WITH_QUOTES = STORY_WITH_SECTIONS.replace(
    "decided on Monday.\n", "decided on Monday.\n“We had no choice.”\n— Mayor Jane Lee\n"
).replace("hard to find.\n", "hard to find.\n“It is only fair.”\n— Councillor Tom Reid\n")
STORY_WITH_PHOTOGRAPHERS = STORY_WITH_SECTIONS.replace(
    "decided on Monday.\n",
    "decided on Monday.\nNew meters were installed on Main Street last week.\nJohn Smith\n",
).replace(
    "hard to find.\n", "hard to find.\nThe Orpheum theater reopened in January.\nMaria Lopez\n"
)


def test_story_with_pull_quotes_or_photographers_keeps_its_lead() -> None:
    for page in (STORY_WITH_QUOTES, STORY_WITH_PHOTOGRAPHERS):
        drafts = split(page)
        assert drafts[0].role == "lead"
        assert drafts[0].title == "What the new parking rules mean for downtown drivers"
        assert "Residents with a permit will not pay" in drafts[0].body
