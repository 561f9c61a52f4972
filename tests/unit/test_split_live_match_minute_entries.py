"""split_live: under a "Live" kicker and a match report's headline, entries stamped by the
match minute alone ("88'") are the blog's entries: the page is a live blog, each entry keeps
its minute and its headline ("GOAL - Leeds 2-1 Everton")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 5, 17, 10, tzinfo=UTC)

BLOG = """\
Live
Leeds 2-1 Everton: Piroe heads late winner at Elland Road
Last updated 3 minutes ago
Piroe scores in the 86th minute to lift Leeds out of the bottom three
90+3'
Everton win a late free-kick, but Meslier gathers the cross and the whistle goes.
86'
GOAL - Leeds 2-1 Everton
Joel Piroe rises highest at the near post and glances a header inside the far post.
52'
GOAL - Leeds 1-1 Everton
Dominic Calvert-Lewin turns in a low cross from six yards after a quick break.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_minute_stamped_entries_keep_their_minutes_and_headlines() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "86'\n\nGOAL - Leeds 2-1 Everton\n\nJoel Piroe rises" in body
    assert "52'\n\nGOAL - Leeds 1-1 Everton" in body
