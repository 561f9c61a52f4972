"""A live blog whose entries print an age over their headline: the blog ends at the first
card under its last entry's text, not at that entry's own headline (which stands over a
text and the next stamp, the shape of a card), and its last entry printed without its text
("1h ago" / headline, the page's last lines) is the blog's, not a related card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)

BLOG = """\
Channel Seven News
Live
Bushfire live updates: evacuation warning issued for towns west of Perth
Updated 15m ago
Firefighters are battling a fast-moving blaze that has burnt through 3000 hectares since noon.
Residents told to leave now
The emergency warning covers Chidlow, Wooroloo and parts of Gidgegannup.
Anyone who has not left should shelter in a solid building.
15m ago
Water bombers grounded by strong winds
Aerial crews have been stood down because gusts have reached 70 kilometres an hour.
2h ago
Great Eastern Highway closed in both directions
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_age_stamped_entries_and_a_last_entry_without_text_stay_in_the_blog() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Water bombers grounded by strong winds" in body
    assert "gusts have reached 70 kilometres an hour" in body
    assert "Great Eastern Highway closed in both directions" in body


# must stay: two stamped headlines with no text under the last entry are a list of cards
LINKS = """\
1h ago
Premier visits evacuation centre in Mundaring
3h ago
Heatwave to ease by the weekend
"""


def test_several_headlines_under_the_last_entry_stay_cards() -> None:
    drafts = split(BLOG.rsplit("2h ago\n", 1)[0] + LINKS)
    assert [draft.title for draft in drafts[1:]] == [
        "Premier visits evacuation centre in Mundaring",
        "Heatwave to ease by the weekend",
    ]
    assert "gusts have reached 70 kilometres an hour" in drafts[0].body
