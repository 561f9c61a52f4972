"""split_live: a picture agency's name under a caption after an entry's text ("… she said." /
"Sandbags stacked outside a café on Load Street" / "PA Media") credits that caption, which
leaves the body; an entry's headline over its source, right under the clock, stays."""

from datetime import UTC, datetime

from schemas.article import Caption
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(middle: str) -> str:
    return f"""\
LIVE
Flood warnings issued as River Wye rises in Hereford
Updated 20 mins ago
14:12 GMT
Barriers holding on the quay
The temporary barriers on the quay are holding, but water is lapping at their top edge.
{middle}
13:58 GMT
River peak expected this evening
The river at the Victoria Bridge gauge reached 5.2m at 13:00 GMT and is forecast to rise further.
12:31 GMT
Train lines closed
Network Rail says the line between Hereford and Abergavenny is closed after water covered tracks.
"""


CAPTION = "Sandbags stacked outside a café on Bridge Street on Sunday morning"


def test_an_agency_under_a_caption_after_the_entrys_text_credits_it() -> None:
    lead = split(
        blog(f'"You learn what to lift and what to leave," she said.\n{CAPTION}\nPA Media')
    )[0]
    assert CAPTION not in lead.body
    assert "what to lift and what to leave" in lead.body
    assert Caption(text=CAPTION, credit="PA Media") in lead.captions


def test_must_keep_an_entrys_headline_over_its_source() -> None:
    text = blog("").replace(
        "13:58 GMT\nRiver peak expected this evening\n",
        "13:58 GMT\nRiver peak expected in Hereford this evening\nReuters\n",
    )
    lead = split(text)[0]
    assert "River peak expected in Hereford this evening" in lead.body
    assert not any(caption.credit == "Reuters" for caption in lead.captions)
