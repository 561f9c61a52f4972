"""A story whose header stamp prints the same label as the cards after its text
("Posted: …" under the byline; then "title / Posted: … / summary"): the header's stamp is
the story's, no live entry, and the cards are no blog's entries."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 9, 18, 0, tzinfo=UTC)

PAGE = """\
News
Sports
City council approves new bus lanes on Portage Avenue
By: Dana Whitfield, Staff Reporter
Posted: 3:20 PM CST Sunday, Mar. 8, 2026
City council voted 11-4 on Sunday to add bus lanes along six kilometres of Portage.
The lanes will run at rush hours and take effect next spring.
Supporters said the change would cut commute times for riders.
Opponents warned that businesses along the avenue would lose parking.
The transit department will publish a detailed plan in June.
Local
Snow clearing crews to work overnight on residential streets
Posted: 10:05 AM CST Monday, Mar. 9, 2026
Crews will start on priority routes before side streets late Monday.
Library branch on Henderson Highway to reopen after repairs
Posted: 9:30 AM CST Monday, Mar. 9, 2026
The branch closed in January after a burst pipe flooded its floor.
"""


def test_the_header_stamp_is_the_story_s_and_the_cards_are_related() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "City council approves new bus lanes on Portage Avenue",
        "Snow clearing crews to work overnight on residential streets",
        "Library branch on Henderson Highway to reopen after repairs",
    ]
    assert drafts[0].time_text == "Posted: 3:20 PM CST Sunday, Mar. 8, 2026"
