"""split_live: a "<topic> live: …" headline marks a live blog only over own-line clocks
(auditor D's D6: a concert review "Coldplay live: …" keeps the reviews listed under it)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles


def _split(probe: str) -> list[ArticleDraft]:
    lines = probe.split("\n")
    url = lines.pop(0).removeprefix("@url ")
    page = RawPage(
        text="\n".join(lines), url=url, fetched_at=datetime(2026, 11, 28, 12, tzinfo=UTC)
    )
    return split_articles(clean_page(page))


# the review all of auditor D's probes share; each adds what stands under it
REVIEW = """\
@url https://www.example-herald.com/culture/music/2026/11/28/coldplay-wembley-review
Music
Coldplay live: a triumphant, tearful return to Wembley
By Ann Lee
28 November 2026
Chris Martin walked on stage at 8.15pm to a roar that seemed to shake the stadium's arch.
The band played for two and a half hours, mixing new songs with the hits that made them stars.
Fans who had queued since the morning were rewarded with a surprise guest appearance.
Setlist Highlights
Yellow
Fix You
Viva La Vida
The night ended with fireworks over the pitch and 90,000 people singing the last chorus.
"""

# auditor D, probe d_l1_concert_review_live_colon.txt
D_L1 = (
    REVIEW
    + """\
Updated 28 November 2026, 10:15
Taylor Swift live: the Eras tour comes home
2 days ago
Adele live: a masterclass in Munich
3 days ago
"""
)

# auditor D, probe d_l2_de_konzert_live.txt
D_L2 = """\
@url https://www.beispiel-zeitung.de/kultur/musik/rammstein-in-leipzig-kritik-a-77120
Kultur
Rammstein live: Feuer, Lärm und 80.000 Fans in Leipzig
Von Anna Berger
28.11.2026, 09:15 Uhr
Die Band spielte am Freitagabend zweieinhalb Stunden vor ausverkauftem Haus.
Schon beim ersten Lied standen die Flammen meterhoch über der Bühne.
Die Setlist
Sonne
Du hast
Engel
Nach dem letzten Song blieb das Publikum noch minutenlang stehen.
Aktualisiert: 28.11.2026, 10:40 Uhr
Helene Fischer live: Die große Show in Dresden
vor 2 Tagen
"""

# auditor D, probe d_l3_review_plain_cards.txt
D_L3 = (
    REVIEW
    + """\
Updated 28 November 2026, 10:15
The Eras tour comes home to London
2 days ago
Adele gives a masterclass in Munich
3 days ago
"""
)

# auditor D, probe d_l5_review_no_update.txt
D_L5 = (
    REVIEW
    + """\
Taylor Swift live: the Eras tour comes home
2 days ago
Adele live: a masterclass in Munich
3 days ago
"""
)

# auditor D, probe d_l6_review_more_heading.txt
D_L6 = (
    REVIEW
    + """\
More reviews
Taylor Swift live: the Eras tour comes home
2 days ago
Adele live: a masterclass in Munich
3 days ago
"""
)

# auditor D, probe d_l7_review_crosshead.txt
D_L7 = """\
@url https://www.example-herald.com/culture/music/2026/11/28/coldplay-wembley-review
Music
Coldplay live: a triumphant, tearful return to Wembley
By Ann Lee
28 November 2026
Chris Martin walked on stage at 8.15pm to a roar that seemed to shake the stadium's arch.
The band played for two and a half hours, mixing new songs with the hits that made them stars.
Fans who had queued since the morning were rewarded with a surprise guest appearance.
The Verdict
It was the best stadium show of the year, and probably the loudest.
Setlist Highlights
Yellow
Fix You
Viva La Vida
The night ended with fireworks over the pitch and 90,000 people singing the last chorus.
Taylor Swift live: the Eras tour comes home
2 days ago
Adele live: a masterclass in Munich
3 days ago
"""


@pytest.mark.parametrize(
    ("probe", "related"),
    [(D_L1, 2), (D_L2, 1), (D_L3, 2), (D_L5, 2), (D_L6, 2), (D_L7, 2)],
)
def test_a_live_review_keeps_the_reviews_listed_under_it(probe: str, related: int) -> None:
    """Must stay (D6): a review headed "<act> live: …" over dated / aged cards is no blog;
    its lead keeps its text and the cards under it stay related articles."""
    drafts = _split(probe)
    assert [draft.role for draft in drafts] == ["lead"] + ["related"] * related
    assert " live: " in drafts[0].title
    assert drafts[0].body


def test_a_live_reviews_crosshead_stays_in_its_body() -> None:
    """Must stay (D6, probe d_l7): the review's crosshead is not dropped as a blog's line."""
    assert "The Verdict" in _split(D_L7)[0].body.split("\n")
