"""split_body: a caption opening with a team's name that a score widget printed on its own
line above the text ("Riverside Rovers players celebrate …") reads like a note on a name
above ("<Name> is …"), but the picture's credit right under it makes it the photo's
caption: the text goes on under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 10, 12, 20, 0, tzinfo=UTC)

PAGE = (
    "Sports\n"
    "Football\n"
    "Riverside Rovers beat Harbour City 3-0 to reach the cup final\n"
    "Kwame Boateng\n"
    "12 October 2026 5:40pm\n"
    "Riverside Rovers\n"
    "3 - 0\n"
    "Harbour City\n"
    "Riverside Rovers reached the cup final on Sunday with a comfortable 3-0 win over "
    "Harbour City in front of a full home crowd.\n"
    "Isaac Owusu opened the scoring after eleven minutes with a header from a corner, and "
    "the home side added a second before the break.\n"
    "Riverside Rovers players celebrate the third goal against Harbour City.\n"
    "Photo credit: Rovers Media\n"
    "Substitute Ama Darko sealed the win with a low shot in the 78th minute.\n"
    "The final will be played in Kumasi on 8 November.\n"
)


def test_the_text_goes_on_under_a_credited_caption_opening_with_a_widget_name() -> None:
    lead = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))[0]
    assert "Substitute Ama Darko sealed the win" in lead.body
    assert "The final will be played in Kumasi" in lead.body
    assert [caption.text for caption in lead.captions] == [
        "Riverside Rovers players celebrate the third goal against Harbour City."
    ]
