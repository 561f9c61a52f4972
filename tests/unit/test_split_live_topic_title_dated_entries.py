"""A "<topic> LIVE:" headline over entries opened by a date and a clock ("Dec 3, 2026 01:05
PM IST" / headline / text) is a live blog, as one over bare clocks is: one article, every
entry in its body. A review's "<band> live:" headline over stamped cards is none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)

BLOG = """\
Markets Daily
Markets
Rupee LIVE: Rupee slips 12 paise to 89.40 against dollar as oil prices climb
Updated: Dec 3, 2026 04:30 PM IST
The rupee weakened for a second session as importers bought dollars.
Dec 3, 2026 04:30 PM IST
Rupee closes weaker
The rupee settled at 89.40 per dollar, down 12 paise from its previous close.
Dec 3, 2026 01:05 PM IST
Oil climbs above $70
Brent crude rose 1.4% after supply cuts were extended, weighing on the currency.
Dec 3, 2026 09:10 AM IST
Rupee opens flat
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_entries_opened_by_a_date_and_clock_make_one_blog() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Rupee LIVE:")
    body = drafts[0].body
    assert "Oil climbs above $70" in body
    assert "weighing on the currency" in body
    assert "Rupee opens flat" in body


# must stay: a review titled "<band> live:" over cards whose date and clock stand under
# their titles (not under a text, over a headline) is no blog
REVIEW = """\
City Weekly
Music
Arcade Fire live: a euphoric homecoming at the Bell Centre
The band played for two hours and closed with a ten-minute version of Wake Up.
Win Butler spoke to the crowd between songs about the city that made them.
Feist returns with a quiet, devastating new album
Nov 28, 2026 10:15 AM
Her first record in six years is worth the wait, our critic writes from the front row.
Bon Iver fills the Forum for two sold-out nights
Nov 27, 2026 08:40 PM
Justin Vernon brought a choir and a brass section to the second show of the run.
"""


def test_a_review_over_cards_stamped_under_their_titles_is_no_blog() -> None:
    drafts = split(REVIEW)
    assert [draft.title for draft in drafts] == [
        "Arcade Fire live: a euphoric homecoming at the Bell Centre",
        "Feist returns with a quiet, devastating new album",
        "Bon Iver fills the Forum for two sold-out nights",
    ]
