"""A live blog with no stamp by its headline: the ages of its "key events" links ("1h
ago" / an entry's headline) are its entries' stamps, not the blog's, and the first entry's
age under that list opens the first entry (kept in the body), also when every entry ends
with its author's byline."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Coast Radio News
Live
Live updates: Flood warnings issued for the Murray as river peaks
By Hannah Cole
Key events
3h ago
Levee breached near Echuca
4h ago
Caravan park evacuated
Live updates
5m ago
River expected to peak overnight
Authorities say the river will reach its highest level shortly after midnight, above the 1993 mark.
By Hannah Cole
3h ago
Levee breached near Echuca
Emergency crews are sandbagging the breach while residents of the low streets are told to leave.
By Hannah Cole
4h ago
Caravan park evacuated
About sixty guests of the riverside caravan park were moved to the showgrounds by the police.
"""


def test_key_event_ages_are_no_blog_stamp() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    (blog,) = drafts
    assert blog.time_text is None
    assert "5m ago" in blog.body
    assert "River expected to peak overnight" in blog.body
    assert "Emergency crews are sandbagging" in blog.body
