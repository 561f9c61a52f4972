"""boilerplate: a newsletter box's data-use sentence opening on the label "Privacy Notice:"
is the box's, not the story's, whatever its length, also
inside the text; a story's sentence about a privacy notice (no label) stays."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
NOTICE = (  # (over 40 words: no short UI line)
    "Privacy Notice: Newsletters may contain information about charities, online ads and "
    "content funded by outside parties. For more information see how we handle your data on "
    "the page linked below this box. We check every sign-up with an automated filter to keep "
    "the list free of spam and fake addresses."
)
AFTER = "Residents who received the notice can ask for their details to be removed."
STORY = (
    "The council said a privacy notice sent to 12,000 residents in March had wrongly listed "
    "the names of tenants who had asked to stay anonymous."
)


def test_a_labelled_privacy_notice_leaves_and_a_story_sentence_stays() -> None:
    page = clean_page(
        RawPage(text="\n".join(["Council apologises", STORY, NOTICE, AFTER]), fetched_at=FETCHED)
    )
    assert STORY in page.lines
    assert NOTICE not in page.lines
    assert AFTER in page.lines
