"""split_body: a run of short lines between a text's paragraphs is a link list or widget,
but a one-sentence paragraph opening the run is the text's own (auditor A's P1)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

HEADER = (
    "Lifeguard rescues three swimmers off Marsden beach\n"
    "The swimmers were caught in a rip current on Sunday afternoon.\n"
    "By Jess Donnelly\n"
    "9 March 2026\n"
    "A lifeguard pulled three teenagers from the sea at Marsden on Sunday.\n"
    "They had been swimming outside the flags.\n"
    '"It happened so fast," said one of them, 16-year-old Ben Carter.\n'
    "All three were checked by paramedics.\n"
)
SHORT = "None needed hospital treatment."
AFTER = (
    "Lifeguards will patrol Marsden every weekend from April.\n"
    "Swim between the red and yellow flags.\n"
    "Call 999 and ask for the coastguard if you see someone in trouble.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_short_sentence_over_a_subheading_stays_with_it() -> None:
    # auditor A's probes A10 / A10b: the sentence and the sub-heading were dropped as a run
    for subheading in ("Safety advice for swimmers", "Beach warning"):
        body = split(HEADER + f"{SHORT}\n{subheading}\n" + AFTER)[0].body
        assert SHORT in body and subheading in body
        assert "Lifeguards will patrol Marsden every weekend from April." in body


def test_headline_links_after_a_short_sentence_still_leave_the_text() -> None:
    links = ("Storm closes coastal path at Whitburn", "Council agrees new parking charges")
    drafts = split(HEADER + f"{SHORT}\n" + "".join(f"{link}\n" for link in links) + AFTER)
    body = drafts[0].body
    assert SHORT in body
    assert all(link not in body for link in links)
    assert "Swim between the red and yellow flags." in body


def test_a_link_list_between_paragraphs_still_leaves_the_text() -> None:
    links = ("Storm closes coastal path at Whitburn", "Council agrees new parking charges")
    body = split(HEADER + "".join(f"{link}\n" for link in links) + AFTER)[0].body
    assert all(link not in body for link in links)
    assert "All three were checked by paramedics." in body
