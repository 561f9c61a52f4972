"""split: an exhibition's listing under the text's last paragraph, its run from one date
to another after a dash ("… , 3 May 2026 – 12 November 2026"), is no one-line card
(headline – stamp): no related article of it (audit C's C-12)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Arts\nExhibitions\n"
    "Hockney's Normandy paintings bring record crowds to Leeds\n"
    "Saturday 28 November 2026\n"
    "The Leeds Art Gallery show of David Hockney's Normandy paintings closed this week after "
    "drawing more than 250,000 visitors, the most for any exhibition in the gallery's history.\n"
    "Organisers said almost half of the visitors came from outside Yorkshire.\n"
    "The paintings will now be shown in Rouen next spring.\n"
    "Hockney in Normandy, Leeds Art Gallery, 2 June 2026 – 22 November 2026\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_an_exhibitions_dates_under_the_text_make_no_card() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    assert "shown in Rouen next spring." in drafts[0].body


CARDS_PAGE = (
    "Whats On\n"
    "Winter lights trail opens in the botanic gardens\n"
    "Saturday 28 November 2026\n"
    "The botanic gardens' winter lights trail opened on Friday with more than a million bulbs "
    "along a two-mile route through the glasshouses and the lake.\n"
    "Tickets for December weekends have already sold out, the organisers said.\n"
    "Latest Whats On\n"
    "Best Christmas markets near Leeds this weekend, 29 November – 2 hours ago\n"
    "Panto season opens at the Grand Theatre – 5 hours ago\n"
)


def test_a_cards_title_ending_on_a_day_over_an_age_stays_a_card() -> None:
    titles = [draft.title for draft in split(CARDS_PAGE)[1:]]
    assert titles == [
        "Best Christmas markets near Leeds this weekend, 29 November",
        "Panto season opens at the Grand Theatre",
    ]
