"""A related box labelled twice ("Read More" / "Related Articles") over its links and again
under them, inside a story whose paragraph over the box is a short sentence: the box is an
insert, and the paragraphs under it, down to a short closing sentence, are the story's."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Riverside Gazette
News
Sport
Harbour ferry service to run through the winter for the first time
By Jo Pryce
09:40, 30 NOV 2026
The harbour ferry will keep running through the winter months, the operator has confirmed.
Crews had asked for the change for several years.
Read More
Related Articles
Harbour car park charges to rise in spring
New lifeboat station opens on the quay
Read More
Related Articles
Operations manager Lena Ward said: "Passengers have told us they rely on the crossing."
The first winter sailing leaves on Friday.
Sign up to our free newsletter for the latest local news here
"""


def test_the_story_goes_on_under_a_box_labelled_twice() -> None:
    articles = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert len(articles) == 1
    body = articles[0].body
    assert "Crews had asked" in body
    assert "Passengers have told us" in body
    assert "leaves on Friday." in body
    assert "New lifeboat station" not in body
