"""split: a page without a lead read as blocks of cards (kicker / title / summary / byline /
stamp in varied orders): which line of a card is its byline, which stamp is its own, and
the near-misses that keep their reading. Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _author_and_role, _is_title

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def split_at(url: str, text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def fields(drafts: list[ArticleDraft]) -> list[tuple[str, str | None]]:
    return [(draft.title, draft.time_text) for draft in drafts]


# kicker / title / summary / "Name, Role" / stamp, then title / "Updated …" cards
TOP_STORIES = """\
Skip to main content
The Fenland Courier
News
Sport
Opinion
Top stories
Health
Ambulance handover delays at county hospital double in a year, figures show
Crews waited over an hour outside the emergency department 412 times in January, up from 198.
Priya Lal, Health correspondent
3h ago
Farming
Growers warn of empty shelves as sugar beet harvest falls short
Wet autumn left a fifth of the crop in the ground, the growers' union said on Friday.
Owen Marsh
2h ago
Roads
Bypass roundabout to close for four weekends of resurfacing
50m ago
Live
Peterborough v Lincoln: team news and updates from the London Road
Updated 9m ago
Crime
Two men charged after cash machine raid in March town centre
1h ago
"""


def test_author_and_role_line_is_the_cards_byline_and_update_stamp_alone_heads_a_card() -> None:
    assert fields(split(TOP_STORIES)) == [
        (
            "Ambulance handover delays at county hospital double in a year, figures show",
            "3h ago",
        ),
        ("Growers warn of empty shelves as sugar beet harvest falls short", "2h ago"),
        ("Bypass roundabout to close for four weekends of resurfacing", "50m ago"),
        ("Peterborough v Lincoln: team news and updates from the London Road", "Updated 9m ago"),
        ("Two men charged after cash machine raid in March town centre", "1h ago"),
    ]


def test_author_and_role_is_a_byline_but_headlines_naming_people_are_not() -> None:
    assert _author_and_role("Priya Lal, Health correspondent")
    assert _author_and_role("Tom Okafor, Chief political correspondent")
    # must stay: headlines that open with a person's name and a comma
    assert not _author_and_role("Maria Lopez, reporter who exposed care home abuse, dies at 81")
    assert not _author_and_role("Sarah Jones, 34, charged after crash on the A47")
    assert not _author_and_role("Peter Quinn, former editor, joins race for mayor")
    assert not _author_and_role("David Miller, the columnist who never stopped writing")
    assert not _author_and_role("Anna Berg, writer: my year without a phone")


# must stay: an article's header with an update stamp alone over its text keeps the text
ARTICLE_UPDATED = """\
The Fenland Courier
News
Sport
Bypass roundabout to close for four weekends of resurfacing
Updated 9m ago
The county council said the work on the A141 roundabout would start on Friday evening.
Diversions will be signed through the town centre, a council spokesperson said.
Businesses on the industrial estate said they had been told about the closures only last week.
"""


def test_article_header_with_update_stamp_keeps_its_text() -> None:
    (draft,) = split(ARTICLE_UPDATED)
    assert draft.title == "Bypass roundabout to close for four weekends of resurfacing"
    assert draft.time_text == "Updated 9m ago"
    assert "told about the closures only last week" in draft.body


# an opinion card: chip / title / summary / a note on its author / stamp
OPINION_CARD = """\
Coastal Public Radio
News
Politics
Opinion
Ferry fares went up again. The islands deserve a timetable, not an apology
Three cancelled crossings in a week is not bad luck. The province has to fund the relief boat.
Marion Doucet is a retired ferry engineer in Digby, N.S.
Posted 6h ago
Local
Harbour authority approves new breakwater for Yarmouth wharf
Posted 2h ago
Politics
Premier names new fisheries minister in small cabinet shuffle
Posted 4h ago
"""


def test_note_on_author_over_stamp_is_no_title() -> None:
    drafts = split(OPINION_CARD)
    assert fields(drafts) == [
        (
            "Ferry fares went up again. The islands deserve a timetable, not an apology",
            "Posted 6h ago",
        ),
        ("Harbour authority approves new breakwater for Yarmouth wharf", "Posted 2h ago"),
        ("Premier names new fisheries minister in small cabinet shuffle", "Posted 4h ago"),
    ]
    assert "Three cancelled crossings" in drafts[0].body


def test_headlines_ending_in_initials_stay_titles() -> None:
    # must stay: no person's note (no full name before "is a"), a headline
    assert _is_title("Halifax man is a suspect in barn fire in Dartmouth, N.S.")
    assert _is_title("Ferry service resumes between Saint John and Digby, N.S.")
    assert not _is_title("Marion Doucet is a retired ferry engineer in Digby, N.S.")


# the site's name over the day's date at the page's top is its masthead, no card
UNE = """\
Le Journal du Littoral
Jeudi 17 septembre 2026
Rechercher
International
Politique
Société
En continu
Budget 2027 : le gouvernement renonce au gel des pensions après trois jours de fronde
Le premier ministre a annoncé mercredi soir une indexation partielle des retraites.
il y a 1 h
Kiev frappe une raffinerie russe près de Samara, Moscou dénonce une « escalade »
L’attaque de drones a provoqué un incendie dans la zone industrielle, selon le gouverneur.
il y a 2 h
"""


def test_site_name_over_the_days_date_at_the_top_is_the_masthead() -> None:
    drafts = split_at("https://www.journaldulittoral.example/", UNE)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        (
            "Budget 2027 : le gouvernement renonce au gel des pensions après trois jours de fronde",
            "il y a 1 h",
        ),
        (
            "Kiev frappe une raffinerie russe près de Samara, Moscou dénonce une « escalade »",
            "il y a 2 h",
        ),
    ]


def test_site_name_over_a_card_on_another_site_is_no_masthead() -> None:
    # must stay: on another site's page the same lines are a card (the name is no masthead)
    drafts = split_at("https://www.other-paper.example/", UNE)
    assert drafts[0].title == "Le Journal du Littoral"


# must stay (auditor E's E2, probe c2): the site's name as each card's publisher over its
# date, under the card's summary, is the card's source line, no masthead
OWN_SOURCE_LIST = """\
Kingdom Sentinel
News
Sport
Latest News
Council approves new bypass after decade of delays
Work on the £48m route around Tralee is expected to begin in the autumn.
Kingdom Sentinel
10 March 2026
Tralee school extension gets green light
The Department of Education has approved 12 new classrooms at the town's Irish school.
Kingdom Sentinel
9 March 2026
Gardaí appeal for witnesses after Listowel crash
A man in his 40s was taken to University Hospital Kerry with serious injuries.
Kingdom Sentinel
8 March 2026
"""


def test_site_name_over_a_cards_date_under_its_summary_stays_the_cards() -> None:
    drafts = split_at("https://www.kingdomsentinel.example/news/", OWN_SOURCE_LIST)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Council approves new bypass after decade of delays", "10 March 2026"),
        ("Tralee school extension gets green light", "9 March 2026"),
        ("Gardaí appeal for witnesses after Listowel crash", "8 March 2026"),
    ]


# must stay (auditor D's D6, probes e4 / e2): a quoted expert's "Name, role" inside the text
# is no byline; the text goes on under it
PULL_QUOTE = """\
The Northern Star
News
Business
Mortgage approvals rise to two-year high
By Priya Lal
10 March 2026
Mortgage approvals rose to their highest level in two years in February, figures showed.
Lenders approved 71,200 mortgages for house purchases, up from 66,400 in January.
“The market has turned a corner, but affordability is still stretched for first-time buyers.”
Sarah Quinlan, housing economist
Analysts had expected approvals of about 67,000.
The average two-year fixed rate fell to 4.6%, according to Moneyfacts.
"""

# must stay (auditor D's D7, probe e3): death notices titled "Name, role" keep their titles
NOTICES = """\
The Northern Star
News
Obituaries
Mary O'Brien, retired nurse
Mary passed away peacefully at home in Kinsale surrounded by her family.
10 March 2026
Patrick Walsh, former teacher
Patrick died at Cork University Hospital after a short illness.
9 March 2026
Noreen Daly, local historian
Noreen died peacefully at the Bon Secours Hospital.
8 March 2026
"""


def test_quoted_experts_role_is_no_byline_and_the_text_goes_on() -> None:
    (draft,) = split(PULL_QUOTE)
    assert draft.title == "Mortgage approvals rise to two-year high"
    assert "Sarah Quinlan, housing economist" in draft.body
    assert "according to Moneyfacts" in draft.body
    assert not _author_and_role("Sarah Quinlan, housing economist")
    assert not _author_and_role("Ann Cole, senior researcher")


def test_notices_titled_name_and_role_keep_their_titles() -> None:
    assert [draft.title for draft in split(NOTICES)] == [
        "Mary O'Brien, retired nurse",
        "Patrick Walsh, former teacher",
        "Noreen Daly, local historian",
    ]


# must stay (auditor E's E1, probe c4): a photo credit over its caption and a subheading
# inside a lead over a rail of dated cards: the lead keeps its text
LEAD_OVER_RAIL = """\
Home
News
Kent
Warehouse fire in Ashford: what we know so far
10 March 2026
A large fire broke out at a distribution warehouse on the Orbital Park estate in Ashford early on Tuesday.
Kent Fire and Rescue Service said 15 engines and about 100 firefighters were sent to the scene.
PA Media
Smoke from the fire could be seen for miles across east Kent
Residents living nearby were told to keep their windows and doors closed.
What caused the fire?
The cause is not yet known, and an investigation will begin once the site is safe.
No injuries have been reported.
More from Kent
Ashford bypass to close overnight for resurfacing
9 March 2026
Canterbury Cathedral scaffolding comes down after six years
8 March 2026
Folkestone harbour arm reopens for spring
7 March 2026
"""  # noqa: E501


def test_lead_with_credit_caption_and_subheading_over_a_rail_keeps_its_text() -> None:
    url = "https://www.kentnews.example/ashford/news/warehouse-fire-in-ashford-what-we-know-so-far-312345/"
    drafts = split_at(url, LEAD_OVER_RAIL)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Warehouse fire in Ashford: what we know so far"
    assert "What caused the fire?" in drafts[0].body
    assert "No injuries have been reported." in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Ashford bypass to close overnight for resurfacing",
        "Canterbury Cathedral scaffolding comes down after six years",
        "Folkestone harbour arm reopens for spring",
    ]


# must stay (auditor E's E4, probes r1 / r2): a newsroom role that no stamp follows is a
# quote's attribution inside a text, or a notice's title, no byline
TRADE_EDITOR_QUOTE = PULL_QUOTE.replace(
    "Sarah Quinlan, housing economist", "Fionnuala Walsh, Property Week editor"
)
JOURNALIST_NOTICE = NOTICES.replace(
    "Noreen Daly, local historian", "Noreen Daly, retired journalist"
)


def test_newsroom_role_under_a_quote_or_over_a_sentence_is_no_byline() -> None:
    (draft,) = split_at("https://www.example.com/article/4481273", TRADE_EDITOR_QUOTE)
    assert "Fionnuala Walsh, Property Week editor" in draft.body
    assert "according to Moneyfacts" in draft.body
    assert split(JOURNALIST_NOTICE)[2].title == "Noreen Daly, retired journalist"
