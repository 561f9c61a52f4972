"""A live blog with no stamp by its headline whose first entry prints a bare clock over its
own headline and text ("9:45am" / headline / text): that clock is the first entry's, kept
in the body with the headline, and not the blog's stamp."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Harbour Times
Live: Heatwave grips the south as power grid strains under demand
Key Points
Power cuts in three suburbs
Beaches packed before noon
11:40am
Grid operator: cut use in the evening
The grid operator is asking households to delay using washing machines until after 9pm.
By Mere Walker
11:05am
Water restrictions begin
The council has brought in level two water restrictions for the whole region from today.
10:30am
Temperatures pass 35C
The weather service recorded 35.4C at the airport, the hottest November day on record.
"""


def test_first_entry_clock_over_headline_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    (blog,) = drafts
    assert blog.time_text is None
    assert "11:40am" in blog.body
    assert "Grid operator: cut use in the evening" in blog.body
    assert "10:30am" in blog.body
