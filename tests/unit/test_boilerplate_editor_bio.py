"""An opinion writer's note on themselves in the byline's place ("Helen Marsh is Editor of
The Weekend Courier") is a bio ([bio] of ui_phrases: "is editor of", "is the editor of"):
dropped, not read as the column's headline. Before, it stayed a title-like line under the
stamp, which a card reading could take for the lead's title (probe s21-a26). A story's
sentence that says so of someone who signs nothing stays."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
HEADLINE = "The council has run out of excuses on potholes"
TEXT = "For ten years the council blamed the weather for the state of the roads."
COLUMN = (
    "The Weekend Courier\nNews\nOpinion\nComment\n"
    f"{HEADLINE}\n"
    "Budgets are no longer the reason the roads are crumbling\n"
    "Helen Marsh\n"
    "28 November 2026 6:00pm GMT\n"
    "Helen Marsh is Editor of The Weekend Courier\n"
    f"{TEXT}\n"
    "Then it blamed the government. Then the contractors.\n"
    "Now there is nobody left to blame.\n"
)


def test_editor_bio_is_dropped() -> None:
    assert classify("Helen Marsh is Editor of The Weekend Courier") is Kind.DROP
    assert classify("Ravi Kumar is the editor of Harbour Business Weekly") is Kind.DROP


def test_editor_bio_in_the_byline_place_is_no_headline() -> None:
    drafts = split_articles(clean_page(RawPage(text=COLUMN, fetched_at=FETCHED)))
    assert drafts[0].title == HEADLINE
    assert "is Editor of" not in drafts[0].body
    assert TEXT in drafts[0].body


def test_a_story_sentence_about_an_editor_stays() -> None:
    sentence = "Mrs Okafor, who is the editor of the parish magazine, said the choir would sing."
    page = (
        "Village choir wins regional prize for the third year running\n"
        "By Tom Reade\n28 November 2026\n"
        "The St Mary's choir won the regional prize on Saturday for the third year running.\n"
        f"{sentence}\n"
        "The choir will perform at the cathedral in December.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert sentence in drafts[0].body
