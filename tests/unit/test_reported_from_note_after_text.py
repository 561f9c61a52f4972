"""After the text, a wire story's note of where each author reported from, opening with a
byline author's surname ("Hadi reported from Basra, Iraq."), is the agency's note, not the
story's last paragraph, also with no "___" line over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
World
Floodwaters recede in southern Iraq as aid convoys reach cut-off villages
By LENA MARSH and OMAR HADI, Associated Press
Published: 7:10 AM CST November 29, 2026
BASRA, Iraq — Aid convoys reached villages cut off by floodwaters for almost a week on Sunday, officials said, as the water began to recede across much of the province.
The provincial council said more than 4,000 families had been moved to schools and mosques since the Shatt al-Arab burst its banks on Monday.
Engineers were working to close two breaches in the embankment north of the city, the water ministry said in a statement.
Marsh reported from Amman, Jordan. Hadi reported from Basra.
Copyright 2026 Associated Press. All rights reserved.
"""  # noqa: E501


def test_the_reported_from_note_is_not_the_lead_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert "Engineers were working" in drafts[0].body
    assert "reported from" not in drafts[0].body


def test_a_story_sentence_on_reporting_from_a_place_stays() -> None:
    page = PAGE.replace(
        "Marsh reported from Amman, Jordan. Hadi reported from Basra.\n",
        "Local radio reported from the embankment that the water had fallen by a metre.\n",
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert "Local radio reported from the embankment" in drafts[0].body
