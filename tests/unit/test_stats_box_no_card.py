"""A box of figures printed as label / count lines ("Total Sources" / "54" / "Leaning Left" /
"12" / …), closed by its own update stamp ("Last Updated" / "1 hour ago"), is the page's
widget: no card titled by a label, and the outlet cards under it keep their own titles,
stamps and sources. An outlet's name over its card's bias rating, under the previous card's
"Read Full Article" button, is the card's source line, no toolbar's label."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 9, 14, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
NewsLens
Home
Local
Port of Halden reopens after three-day strike as dockworkers ratify contract
Published 7 hours ago
Dockworkers at the Port of Halden voted on Sunday to accept a four-year contract, ending a \
strike that had stranded more than 40 container ships in the bay.
The deal raises wages by 14% over four years and limits the use of automated cranes at two \
of the port's five terminals, the union said.
Insights by NewsLens AI
54 Articles
Left
12
Center
33
Right
9
Coverage Details
Total News Sources
54
Leaning Left
12
Leaning Right
9
Center
33
Last Updated
1 hour ago
Bias Distribution
61% Center
Harbor Daily
Lean Center
Halden dockworkers ratify deal, ending strike
The vote passed by a wide margin, union officials said, with crews returning to work on \
the evening shift.
6 hours ago
Read Full Article
Coastline Post
Lean Left
Union wins automation limits in Halden port contract
Crane automation will be capped at two terminals until 2030 under the agreement, the union \
said on Sunday.
5 hours ago
Read Full Article
"""


def test_the_figures_box_is_no_card_and_the_outlets_are_sources() -> None:
    drafts = split(PAGE)
    assert [(draft.title, draft.source, draft.time_text) for draft in drafts[1:]] == [
        ("Halden dockworkers ratify deal, ending strike", "Harbor Daily", "6 hours ago"),
        ("Union wins automation limits in Halden port contract", "Coastline Post", "5 hours ago"),
    ]
