"""A file picture's label names one picture ("File photo: …", a caption); a headline opening
on a label of several ("Archive photos: Berlin on the night the Wall fell") is a gallery's
headline, and the page's lead keeps it."""

from datetime import UTC, datetime

from streams.captions import opens_with_file_picture
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Evening Courier
Pictures
Archive pictures: the harbour on the day the last ferry sailed
October 2, 2026 7:00 AM
By Picture Desk
Forty years ago this week, the last ferry to the islands left the old harbour at dawn.
These pictures from our archive show the crowds who came down to the quay to wave it off.
By the evening the ticket office had closed for good, and the pier was fenced off a year later.
"""


def test_a_gallery_headline_naming_several_pictures_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.role for draft in drafts] == ["lead"]
    assert drafts[0].title == "Archive pictures: the harbour on the day the last ferry sailed"


def test_only_a_label_of_one_picture_opens_a_caption() -> None:
    assert opens_with_file_picture("Archive picture: The old terminal building")
    assert not opens_with_file_picture("Archive photos: Berlin on the night the Wall fell")
