"""clean: a caption's label ending in a comma ("Image caption,"), printed over every picture's
caption, joins the caption under it each time: printed again it is no heading standing alone."""

from streams.clean import clean_page
from streams.model import RawPage

PAGE = """\
Harbour works delayed by a year, council admits
Image source, Norhaven Pictures
Image caption,
The old quay was closed to boats in March
The harbour's new sea wall will open a year later than planned, the council has confirmed.
Contractors said storms in the spring had washed away part of the foundations.
Image source, Ann Cole Photography
Image caption,
Fishing boats moored in the inner basin last week
The council said the extra cost would be met from its reserves.
"""


def test_a_caption_label_printed_twice_joins_each_caption() -> None:
    lines = clean_page(RawPage(text=PAGE, url="https://news.example/harbour")).lines
    assert "Image caption, The old quay was closed to boats in March" in lines
    assert "Image caption, Fishing boats moored in the inner basin last week" in lines
