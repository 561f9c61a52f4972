"""split_body: a box of topic chips ("Related topics" / "Weather" / "Met Office") right over
a box of links the text resumes under ("More on this story" / headlines / paragraphs) is
that box's furniture, no end of the text (``_topic_chips_only``); a headline that asks,
right under the box's last link, is a link too (``_question_link``)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)

PAGE = (
    "Regional News\n"
    "Home\n"
    "News\n"
    "Floods close 30 roads as river bursts its banks in Dumfries\n"
    "2 hours ago\n"
    "More than 30 roads were closed across Dumfries and Galloway on Saturday after the River "
    "Nith burst its banks following two days of heavy rain.\n"
    "Firefighters helped residents of a care home in Whitesands to leave the building as "
    "water rose in the ground floor rooms.\n"
    '"We have never seen the water come up this fast," said a neighbour, Ann Baird.\n'
    "Related topics\n"
    "Flooding\n"
    "Dumfries\n"
    "More on this story\n"
    "Flood warnings issued for southern Scotland\n"
    "How do I find out if my home is at risk of flooding?\n"
    "The council said sandbags were available at three depots in the town.\n"
    "Police Scotland urged drivers not to go through flood water on closed roads.\n"
    "The river is expected to fall slowly overnight, but more rain is forecast for Monday.\n"
    "More from Scotland\n"
    "Ferry services cancelled as storm approaches the islands\n"
    "Crossings to Arran and Mull will not run on Sunday.\n"
    "4 hrs ago\n"
    "Edinburgh trams to run later over the festive season\n"
    "Extra services will run until 1am at weekends.\n"
    "6 hrs ago\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_text_goes_on_under_topic_chips_and_a_box_of_links() -> None:
    lead = split(PAGE)[0]
    assert lead.title == "Floods close 30 roads as river bursts its banks in Dumfries"
    assert "sandbags were available at three depots" in lead.body
    assert "more rain is forecast for Monday." in lead.body
    assert "Flood warnings issued" not in lead.body
    assert "How do I find out if my home" not in lead.body
    assert "Flooding" not in lead.body.split("\n\n")
