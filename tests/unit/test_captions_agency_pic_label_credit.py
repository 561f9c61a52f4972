"""An agency's name in capitals over the label "PIC" after a caption's sentence ("… in
Kuantan. AGENCY PIC") credits the agency: "PIC" is the label, not part of the credit."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Nation
Landslide cuts road to Cameron Highlands after two days of rain
By Bernama - December 2, 2026 @ 8:15am
Workers clear mud and rocks from the road near Ringlet. BERNAMA PIC
CAMERON HIGHLANDS: A landslide cut the main road into the highlands on Tuesday night.
The Public Works Department said one lane would reopen by Thursday if the weather held.
Motorists were told to use the Simpang Pulai route in the meantime."""


def test_pic_label_is_not_part_of_the_agency_credit() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 4, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("Workers clear mud and rocks from the road near Ringlet.", "BERNAMA")
    ]
    assert "Workers clear mud" not in lead.body
