"""clean: a score widget's lines under the score, a team's scorers under its label ("Home
Town scorers: Name (12', 80')") and its facts ("Venue: …", "Attendance: …"), are no text
and no headline; a report's sentence naming the venue stays."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Sports Desk
Football
Riverside 2-1 Hillford: Okafor double sinks leaders
Full-time
Riverside
2
Hillford
1
Riverside scorers: Daniel Okafor (54', 88')
Hillford scorers: Sam Price (12')
Venue: Meadow Lane
Attendance: 18,402
Daniel Okafor scored twice after the break as Riverside came from behind to beat the leaders.
Sam Price had given Hillford an early lead with a header from a corner.
The win at Meadow Lane lifts Riverside to third in the table.
"""


def test_the_widget_lines_go_and_the_headline_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert drafts[0].title == "Riverside 2-1 Hillford: Okafor double sinks leaders"
    body = drafts[0].body
    assert "scorers:" not in body
    assert "Venue:" not in body
    assert "Attendance:" not in body
    assert "The win at Meadow Lane lifts Riverside" in body
