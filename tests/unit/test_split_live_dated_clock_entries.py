"""A blog whose entries print date and clock ("Mar 12, 2026 06:55 PM IST") under the blog's
"Updated …" stamp is one article: the first entry, right under that labelled stamp, is an
entry too (no text of its own above it), and the blog's stamp is the labelled one."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Daily Courier
Sport
Kolkata Derby Live: Mohun Bagan lead 2-1 after a tense first half
Updated on Mar 12, 2026 06:55 PM IST
Mar 12, 2026 06:55 PM IST
Penalty saved
The goalkeeper dives to his left and keeps out the spot kick from the East Bengal captain.
Mar 12, 2026 06:31 PM IST
Second goal
A looping header from the edge of the box puts the home side ahead again before the break.
Mar 12, 2026 06:12 PM IST
Early equaliser
East Bengal level the score with a low shot that slips under the diving goalkeeper.
"""


def test_dated_clock_entries_make_one_blog() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    (blog,) = drafts
    assert blog.title.startswith("Kolkata Derby Live")
    assert blog.time_text is not None and blog.time_text.startswith("Updated")
    for text in ("06:55 PM IST", "Penalty saved", "06:31 PM IST", "Early equaliser"):
        assert text in blog.body
