"""A "Recommended Reading" box of dated cards between sections of a story: the heading is a
related box's, so the text under the box's last card (a crosshead, then paragraphs) is the
story going on, no summary of that card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = "\n".join(
    [
        "Freight Weekly",
        "News",
        "Rail operator to shut six depots next year as contract volumes fall",
        "The operator expects the closures to save about $120 million a year, its "
        "chief executive said.",
        "Published Nov. 25, 2026",
        "Dana Marsh",
        "Senior Reporter",
        "The operator will close six maintenance depots next year and move the work "
        "to two new sites, its chief executive said on Tuesday.",
        "The closures will affect about 900 jobs, mostly in the north, and are "
        "expected to save $120 million a year once complete.",
        "Recommended Reading",
        "Rail operator posts third-quarter loss as freight demand slows",
        "Oct. 28, 2026",
        "Port of Eastbay opens new container terminal",
        "Nov. 12, 2026",
        "Our take:",
        "The plan follows the loss of two large haulage contracts earlier this "
        "year, which cut the operator’s freight volume by a third.",
        "Analysts had expected further cuts, and unions said they would challenge "
        "every closure through the grievance process.",
        "The operator said it would offer affected staff jobs at the new sites where possible.",
        "Sponsored",
        "How regional shippers are cutting freight spend by a fifth",
        "From Example Logistics",
        "Filed Under:",
        "Rail, Freight, Operations",
    ]
)


def test_text_under_the_box_stays_the_storys() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    lead = drafts[0]
    assert lead.role == "lead"
    assert "loss of two large haulage contracts" in lead.body
    assert "challenge every closure" in lead.body
    cards = [draft for draft in drafts if draft.title.startswith("Port of Eastbay")]
    assert cards and not cards[0].body
