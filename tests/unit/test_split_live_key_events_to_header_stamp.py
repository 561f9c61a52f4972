"""split_live: a "Key events" list reads to its last link even where a link's headline
prints quote marks (read as a sentence), and the blog's stamps under it ("<last update>" /
"First published on …") are the header's, not the first entry's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 11, 30, tzinfo=UTC)

BLOG = """\
Live
Queensland news live: storms cut power to 60,000 homes; Gold Coast light rail suspended
Energex crews are working through the night as a second cell moves south. Follow the day's news live
Key events
5m ago
Light rail suspended between Broadbeach and Southport
50m ago
Energex: ‘the worst damage we have seen this year’
1h ago
Police: ‘stay off the roads until the wind drops’
2h ago
What we know about the storm
Sun 29 Nov 2026 21.40 AEST
First published on Sun 29 Nov 2026 17.05 AEST
Mia Hart
5m ago
21.35 AEST
Light rail suspended between Broadbeach and Southport
Services on the light rail have been suspended after a tree fell across the line at Surfers.
The operator says buses will replace trams for the rest of the evening.
50m ago
20.50 AEST
Energex: ‘the worst damage we have seen this year’
Energex says about 60,000 homes lost power after the cell crossed the coast at 6pm.
A spokesperson said crews would work through the night but some homes could wait until Tuesday.
1h ago
20.20 AEST
Police: ‘stay off the roads until the wind drops’
Police say three cars have been hit by falling trees on the Pacific Motorway since 6pm.
Drivers are asked to stay home unless their trip is urgent.
2h ago
19.30 AEST
What we know about the storm
The Bureau of Meteorology issued a severe thunderstorm warning for the south-east at 4pm.
Hail the size of golf balls was reported at Beenleigh and Logan.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_publication_under_the_key_events_is_the_blogs_stamp() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].time_text == "First published on Sun 29 Nov 2026 17.05 AEST"
    body = drafts[0].body
    assert "First published" not in body
    assert "Sun 29 Nov 2026 21.40 AEST" not in body


def test_every_link_of_the_key_events_leaves_the_body() -> None:
    body = split(BLOG)[0].body
    # the entries open the body; each headline is printed once, under its entry's stamps
    assert body.startswith("Energex crews are working")
    assert body.count("Energex: ‘the worst damage we have seen this year’") == 1
    assert body.count("Police: ‘stay off the roads until the wind drops’") == 1
    assert body.count("What we know about the storm") == 1
    assert "21.35 AEST\n\nLight rail suspended between Broadbeach and Southport" in body
