"""A caption opening on the picture's label ("Image: … Pic: PA") gives its text without the
label: the label is the page's, as "Header image:" is."""

from streams.model import RawPage
from streams.pipeline import process_page

ARTICLE = (
    "Rail fares to rise by 4% in March, operators confirm\n"
    "Fares on most routes in England will go up by 4% in March, the industry body said.\n"
    "Monday 16 March 2026 08:14, UK\n"
    "Image: Passengers wait for a delayed train at Leeds station. Pic: PA\n"
    "Regulated fares, which include season tickets on most commuter routes, will rise on"
    " 1 March, the Rail Delivery Group said on Monday.\n"
    "Passenger groups said the rise would hit commuters who had already seen fares climb"
    " faster than wages over the past decade.\n"
)


def test_the_image_label_leaves_the_captions_text() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("Passengers wait for a delayed train at Leeds station.", "PA")
    ]
    assert "Passengers wait" not in lead.body
