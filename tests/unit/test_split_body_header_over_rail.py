"""split_body: the page's header (headline / standfirst / stamp) over a rail of kicker cards
that print nothing under their stamps, then the story's long paragraphs: the paragraphs are
the header's story going on, not the rail's last card's (audit B's s17B-B32)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)

MASTHEAD = "Valley Gazette\nHome\nLocal\nSport\n"
HEADLINE = "Hospital trust to close two wards over winter staffing gap\n"
STANDFIRST = (
    "Managers said agency spending had tripled and the wards could not be staffed safely.\n"
)
RAIL = (
    "Health\n"
    "Waiting lists at record high across the county\n"
    "The Courier\n"
    "2h\n"
    "Education\n"
    "New sixth-form college opens doors to first pupils\n"
    "Evening Herald\n"
    "5h\n"
)
TEXT = (
    "The trust's board agreed on Monday to close the two medical wards at the district "
    "hospital from December until the end of February, moving about 40 beds to the main site.\n"
    "Nurses' representatives said the decision had been taken without consulting staff and "
    "warned that patients would face longer journeys for routine care.\n"
    "The chief executive said the closure was temporary and that the trust was recruiting "
    "nurses from overseas to fill the gaps by the spring.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_text_under_a_kicker_rail_goes_to_the_header_above_the_rail() -> None:
    drafts = split(MASTHEAD + HEADLINE + STANDFIRST + "4 March 2026\n" + RAIL + TEXT)
    lead = drafts[0]
    assert (lead.role, lead.title) == ("lead", HEADLINE.strip())
    assert "Managers said agency spending" in lead.body
    assert "The trust's board agreed" in lead.body
    assert "The chief executive said" in lead.body
    assert [d.title for d in drafts[1:]] == [
        "Waiting lists at record high across the county",
        "New sixth-form college opens doors to first pupils",
    ]
    assert all(not d.body for d in drafts[1:])


def test_a_rail_under_a_headline_without_standfirst_keeps_its_reading() -> None:
    # must-stay: no standfirst over the first card's stamp, a uniform rail: nothing says
    # the first card is the page's header, so the text stays with the last card
    drafts = split(MASTHEAD + HEADLINE + "4 March 2026\n" + RAIL + TEXT)
    assert drafts[0].title == "New sixth-form college opens doors to first pupils"
    assert "The trust's board agreed" in drafts[0].body


def test_cards_that_all_print_a_summary_keep_the_last_cards_text() -> None:
    # must-stay: an aggregator whose every card prints a summary over its stamp: the first
    # card is one of the list, and the long text under the last card stays the last card's
    cards = (
        "Waiting lists at record high across the county\n"
        "Figures show more than 90,000 people waiting for planned treatment.\n"
        "2h\n"
        "New sixth-form college opens doors to first pupils\n"
        "The college will teach 600 students in its first year.\n"
        "5h\n"
    )
    drafts = split(MASTHEAD + HEADLINE + STANDFIRST + "4 March 2026\n" + cards + TEXT)
    last = next(d for d in drafts if d.title.startswith("New sixth-form college"))
    assert "The trust's board agreed" in last.body
    header = next(d for d in drafts if d.title == HEADLINE.strip())
    assert "The trust's board agreed" not in header.body


STRIP = (
    "The Midland Chronicle\nHome\nNews\nSport\nTop stories\n"
    "Flood defences to be strengthened after record river levels\n"
    "The Environment Agency said £12m would be spent on barriers along the Trent over the "
    "next two years.\n"
    "{first}\n"
    "Ring road closures planned for overnight resurfacing\n{second}\n"
    "Hospital parking charges scrapped for night-shift staff\n{third}\n"
    "Bus operator cuts evening services on six routes\n"
    "10 March 2026\n"
)
STORY = (
    "Routes serving the villages north of the city will be hardest hit, with the last buses "
    "leaving the station before 7pm on weekdays instead of after 10pm as they do now.\n"
    "Passenger groups said the cuts would leave shift workers and students without a way "
    "home, and called on the county council to step in with a subsidy for the busiest routes.\n"
    "A spokesperson for the operator said it had lost money on the evening services for "
    "three years and could no longer afford to run them without support.\n"
    "© 2026 The Midland Chronicle\n"
)


def test_an_article_under_a_strip_whose_first_card_prints_a_summary_stays_the_lead() -> None:
    # must-stay (audit A's R-1, A01): a "Top stories" strip over the article's own header
    # (headline / date / paragraphs, its lede restating its headline): the text is the
    # article's, not the strip's first card's
    lede = (
        "The county's largest bus operator will withdraw evening services on six routes from "
        "next month, blaming a fall in passenger numbers and rising fuel costs.\n"
    )
    page = STRIP.format(first="2h", second="3h", third="5h") + lede + STORY
    lead = split(page)[0]
    assert lead.title == "Bus operator cuts evening services on six routes"
    assert "Passenger groups said" in lead.body


def test_a_dated_strip_over_an_article_whose_lede_echoes_neither_headline_stays_put() -> None:
    # must-stay (audit A's R-1, A08): a lede restating neither the strip's first card nor
    # the article's headline: no proof of a header over a rail, the reading stands
    lede = (
        "Shift workers in the villages north of the city will have no way to get home after "
        "7pm from next month, under plans announced on Monday.\n"
    )
    page = STRIP.format(first="9 March 2026", second="9 March 2026", third="8 March 2026")
    lead = split(page + lede + STORY)[0]
    assert lead.title == "Bus operator cuts evening services on six routes"
    assert "Passenger groups said" in lead.body


def test_a_strip_of_aged_cards_over_a_dated_article_keeps_the_articles_text() -> None:
    # must-stay (audit A's R-1, probe A14): the strip's first card is aged like the others,
    # the article's header under the strip is the dated one; its lede happens to share a
    # word with the first card ("council"): the text stays the article's
    page = (
        "The Midland Chronicle\nHome\nNews\nSport\nBusiness\nTop stories\n"
        "Council tax to rise by 5% from April\n"
        "The council says the increase is needed to protect social care for older residents.\n"
        "2h\n"
        "Ring road closures planned for overnight resurfacing\n3h\n"
        "Hospital parking charges scrapped for night-shift staff\n5h\n"
        "Ward closures confirmed at district hospital\n"
        "10 March 2026\n"
        "Councillors have criticised the health trust for shutting two medical units over "
        "winter without asking patients or staff what they thought.\n"
        "The trust said the units could not be staffed safely and that about 40 beds would "
        "move to the main site until the end of February.\n"
        "Nurses' representatives said they had been told of the decision only a day before it "
        "was announced, and warned that patients would face longer journeys.\n"
        "The chief executive said the move was temporary and that the trust was recruiting "
        "nurses from overseas to fill the gaps by the spring.\n"
        "© 2026 The Midland Chronicle\n"
    )
    lead = split(page)[0]
    assert lead.title == "Ward closures confirmed at district hospital"
    assert "Councillors have criticised" in lead.body
