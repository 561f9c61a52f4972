"""split: under the header, a caption over its picture's labelled credit over the first
paragraph ("By Sapa" / "President Ann Cole. File photo." / "Image: GCIS" / text) is the lead
photo's caption, not header furniture (probe a48); a header's short UI line over a lead photo's
credit stays out of the body and out of the captions."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
HEAD = (
    "News",
    "Politics",
    "Minister signs water bill after court ruling",
    "28 November 2026 - 14:32",
    "By Sapa",
)
LEDE = (
    "Water Minister Ann Cole has signed the Water Services Amendment Bill into law after the "
    "Constitutional Court dismissed a challenge by two provinces."
)
REST = "The opposition said it would study the ruling before deciding on its next step."


def _lead(*lines: str) -> ArticleDraft:
    return split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))[0]


def test_a_caption_over_its_labelled_credit_under_the_byline_is_a_caption() -> None:
    caption = "Minister Ann Cole. File photo."
    lead = _lead(*HEAD, caption, "Image: GCIS", LEDE, REST)
    assert [(c.text, c.credit) for c in lead.captions] == [(caption, "GCIS")]
    assert caption not in lead.body and LEDE in lead.body and REST in lead.body


def test_must_stay_out_a_short_ui_line_over_the_lead_photos_credit() -> None:
    lead = _lead(*HEAD, "Share", "Image: GCIS", LEDE, REST)
    assert lead.captions == ()
    assert "Share" not in lead.body and LEDE in lead.body
