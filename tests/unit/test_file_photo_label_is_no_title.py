"""A caption opening with a file picture's label ("File photo: …") under the header's stamp
is no headline: the story stays one lead under its own headline, not a card with an empty
body over a "card" titled with the caption."""

from datetime import UTC, datetime

from streams.captions import opens_with_file_picture
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Daily Ledger
News
Business
Sports
State approves new funding for the northern rail corridor upgrade
Amaka Obi
30th November 2026
{caption}
The state executive council approved new funding for the second phase of the northern rail corridor.
The commissioner for transport disclosed this after the council meeting on Sunday.
He said the upgraded section would cover 80 kilometres of track.
"""


def test_a_file_photo_caption_under_the_stamp_is_no_title() -> None:
    page = PAGE.format(caption="File photo: Northern rail corridor station in Kano")
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert [draft.role for draft in drafts] == ["lead"]
    assert drafts[0].title == "State approves new funding for the northern rail corridor upgrade"
    assert "80 kilometres of track" in drafts[0].body


def test_the_label_opens_a_caption_in_any_case() -> None:
    assert opens_with_file_picture("File Photo: A farmer applies fertiliser on a maize farm")
    assert opens_with_file_picture("Archive picture: The old terminal building")


def test_must_keep_a_gallery_headline_opening_with_photos() -> None:
    assert not opens_with_file_picture("Photos: Flooding hits riverside towns")
    assert not opens_with_file_picture("File photos show the damage, council says")
