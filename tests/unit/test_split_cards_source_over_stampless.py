"""A card without a stamp whose publisher stands over its title, in a list whose stamped
cards print their publisher there (publisher / title / stamp): a teaser of its own, not a
title folded into the card under it. A name over a title right under a summary (a chip, an
author), or one with a stamp under its title, is no such card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import _SOURCE_OVER_TITLE_NO_STAMP, _segment_block

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


UP_NEXT = """\
Up next
Evening Standard
Junior doctors vote to accept 5.4 per cent pay deal
12 hours ago
Sky News
Norovirus cases at highest level for this time of year, UKHSA says
Yesterday
The Telegraph
Care homes turning away hospital patients over funding row
PA Media: UK News
Welsh Ambulance Service declares critical incident for second day
3 hours ago
"""


def test_publisher_over_a_stampless_title_makes_a_card() -> None:
    drafts = split(UP_NEXT)
    titles = [draft.title for draft in drafts]
    assert "Care homes turning away hospital patients over funding row" in titles
    assert "Welsh Ambulance Service declares critical incident for second day" in titles
    care = drafts[titles.index("Care homes turning away hospital patients over funding row")]
    assert care.time_text is None and care.source == "The Telegraph"


def test_stampless_card_under_a_stamped_card_reads_in_tokens() -> None:
    # publisher / title / stamp cards; a publisher / title pair between them, over a heading
    _, segments = _segment_block("ATSATSATHTS", stamp_first=False)
    assert [(segment.shape, segment.at) for segment in segments if segment.at == 6] == [
        (_SOURCE_OVER_TITLE_NO_STAMP, 6)
    ]


def test_must_stay_name_under_a_summary_or_over_a_stamp_is_no_such_card() -> None:
    # a chip or an author right under a card's summary (no stamp closing the card above)
    _, segments = _segment_block("ATSATPSATPATAT", stamp_first=False)
    assert all(segment.shape != _SOURCE_OVER_TITLE_NO_STAMP for segment in segments)
    # a name under the title: the card's own (title / source / stamp lists)
    _, segments = _segment_block("ATSATSATNS", stamp_first=False)
    assert all(segment.shape != _SOURCE_OVER_TITLE_NO_STAMP for segment in segments)
    # a list whose publishers stand under their titles: a name over a title is the card above's
    _, segments = _segment_block("TASTASATTAS", stamp_first=False)
    assert all(segment.shape != _SOURCE_OVER_TITLE_NO_STAMP for segment in segments)
