"""An unstamped local story: headline, a standfirst with no full stop, one long sentence and
short ones. The standfirst is the report's deck, not its first sentence: the sentence under
it tells when and how many, so the page has its lead (no lone notice paragraph)."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Valley Gazette
News
Town News
Riverside food festival returns with 60 traders
The festival will run on Sunday along the old quay
The Riverside food festival is back this weekend with 60 traders serving food and cider.
Organisers said last year's event drew 9,000 people.
Entry is free for children under 12.
"""


def test_the_story_under_its_standfirst_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert [draft.title for draft in drafts] == ["Riverside food festival returns with 60 traders"]
    assert "Entry is free for children under 12." in drafts[0].body
