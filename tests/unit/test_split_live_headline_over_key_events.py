"""A live blog with no "Live" label on its headline: when a "Key events" list (clock / an
entry's headline, printed again further down) stands between the headline and the
entries, the headline over the list is the blog's title, not the list's first link (also
when the first entry, under a reporter's name and role, reads as no entry)."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Home
News
Weather
Heavy snow closes mountain passes and cuts power to villages in the Highlands
Last updated 16:05 GMT
Summary
The A9 is shut between Dalwhinnie and Blair Atholl after drifts of up to two metres
Around 9,000 homes have no electricity, mainly in Badenoch and Strathspey
An amber warning for snow stays in place until Tuesday morning
Key events
15:40 GMT
Snow ploughs reach Dalwhinnie
14:10 GMT
Schools shut in Aviemore
Show key events only
16:05 GMT
Ski centre closes for the day
Fiona Grant
BBC Scotland reporter in Aviemore
The ski centre said its car park was full of snow and that staff could not reach the upper tows.
It hopes to open again on Tuesday if the wind drops as forecast.
15:40 GMT
Snow ploughs reach Dalwhinnie
Council gritters and two snow ploughs reached the village after three o'clock, the council says.
Residents were asked to keep off the roads until the ploughs had cleared the side streets.
14:10 GMT
Schools shut in Aviemore
All three schools in Aviemore closed at lunchtime and parents were asked to collect them.
The council said the schools would open again once the roads were safe.
13:30 GMT
Trains turned back at Perth
Rail services north of Perth were stopped for the afternoon after points froze near Pitlochry.
Passengers were put on buses as far as Dunkeld, the rail operator said.
"""


def test_headline_over_key_events_is_the_title() -> None:
    (blog,) = split_articles(clean_page(RawPage(text=PAGE)))
    assert blog.title.startswith("Heavy snow closes mountain passes")
    assert "Snow ploughs reach Dalwhinnie" in blog.body
    assert "Ski centre closes for the day" in blog.body
