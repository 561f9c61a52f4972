"""split_header: which line is the lead's headline (signals that hold on any site)."""

import time
from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_header import (
    _deck_under,
    _drop_author_sources,
    _furniture,
    _header_agencies,
    _prose_run,
    _source_above,
    _source_over_stamp,
    _title_over_text,
    _without_kicker,
)
from streams.split_page import _Card, _features, _slug_words

FETCHED = datetime(2025, 11, 20, 15, 0, tzinfo=UTC)


def split(text: str, url: str | None = None) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


def lead_title(drafts: list[ArticleDraft]) -> str | None:
    return next((draft.title for draft in drafts if draft.role == "lead"), None)


def test_slug_words_are_folded_and_need_a_slug() -> None:
    words = _slug_words("https://news.example/2025/11/20/déficit-de-la-ville-se-creuse/")
    assert {"deficit", "ville", "creuse"} <= words
    assert "de" not in words  # (short words match any line)
    assert _slug_words("https://news.example/topics/economy") == frozenset()
    assert _slug_words("https://news.example/2025-11-20/article/48213") == frozenset()
    assert _slug_words(None) == frozenset()


PROMO_OVER_HEADLINE = """\
Channel 5 News
Weather
Storm Team Alert Day: Heavy rain expected Sunday night
Bakery owner rebuilds shop three months after kitchen fire
The bakery reopened its doors on Main Street on Wednesday.(Channel 5)
By Tova Ennick
Published: Nov. 20, 2025 at 4:10 PM EST
MILLBROOK, Ohio (WCF5) - A bakery destroyed by a kitchen fire in August reopened on Wednesday.
Its owner, her family and a crew of volunteers from the neighbourhood rebuilt it in three months.
The owner said the first customer in line had been waiting since six in the morning.
"""


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (
            "https://www.wcf5.example/2025/11/20/bakery-owner-rebuilds-shop-after-kitchen-fire/",
            "Bakery owner rebuilds shop three months after kitchen fire",
        ),
        # the slug names the first line: it stays the headline
        (
            "https://www.wcf5.example/weather/storm-team-alert-day-heavy-rain/",
            "Storm Team Alert Day: Heavy rain expected Sunday night",
        ),
        # no slug, no evidence: the first title-like line over the text stays
        (
            "https://www.wcf5.example/article/123456",
            "Storm Team Alert Day: Heavy rain expected Sunday night",
        ),
    ],
)
def test_the_slug_picks_the_headline_among_title_lines_over_the_text(url: str, want: str) -> None:
    assert lead_title(split(PROMO_OVER_HEADLINE, url)) == want


ALERT_AND_WEATHER_OVER_HEADLINE = """\
WCF 5
Weather Alerts
Flood Watch until 9 PM
51°
Millbrook, OH
City council approves new budget with money for road repairs and two fire stations
Associated Press
By Lee Carter
Updated: 6:15 PM EST Nov 20, 2025
The city council approved a budget of $212 million on Wednesday night after a long debate.
It sets aside money for road repairs and two new fire stations on the east side of the city.
Council members voted 7-2 for the plan, which keeps the property tax rate flat for a third year.
"""


def test_a_slug_named_line_under_an_alert_and_a_weather_widget_is_the_headline() -> None:
    url = (
        "https://www.wcf5.example/article/council-approves-budget-road-repairs-fire-stations/55501"
    )
    assert lead_title(split(ALERT_AND_WEATHER_OVER_HEADLINE, url)) == (
        "City council approves new budget with money for road repairs and two fire stations"
    )


def test_a_sticky_headers_section_and_headline_yield_to_the_headline_printed_again() -> None:
    # (the sticky header and the headline apart: a copied link between them)
    drafts = split(
        "Skip to content\n"
        "Business\n"
        "Business|Small Farms Are Selling Their Land to Solar Developers\n"
        "https://www.paper.example/2025/11/20/business/farms-solar-leases.html\n"
        "Small Farms Are Selling Their Land to Solar Developers\n"
        "Leases pay more than corn, and the panels leave the soil alone for a generation.\n"
        "By Maya Lindqvist\n"
        "Nov. 20, 2025, 9:02 a.m. ET\n"
        "Across the county, families who have farmed the same fields for a century are signing "
        "twenty-five-year leases with solar developers, who pay several times what a crop earns.\n"
        "The county has approved eleven projects since January, more than in the decade before.\n"
    )
    assert lead_title(drafts) == "Small Farms Are Selling Their Land to Solar Developers"
    assert not drafts[0].body.startswith("Small Farms")


COLUMN_WITH_A_SENTENCE_HEADLINE = """\
The Harbour Ledger
Opinion
The bus plan failed. Here is what the city should try next.
Priya Raman
Columnist
November 20, 2025 — 6.00am
Two years ago the council promised a bus every ten minutes on every main road in the city.
Today fewer than half of those routes run that often, and passengers have noticed the gaps.
The reasons are not mysterious: too few drivers, too many roadworks and a budget cut last spring.
A smaller plan that the council could actually deliver would have served riders far better.
Riders do not need a promise on every road; they need the buses they were told about to turn up.
"""


def test_a_run_of_prose_under_a_stamp_is_an_article_whatever_its_headline_looks_like() -> None:
    drafts = split(COLUMN_WITH_A_SENTENCE_HEADLINE)
    assert [draft.role for draft in drafts] == ["lead"]
    assert drafts[0].title == "The bus plan failed. Here is what the city should try next."
    assert drafts[0].body.startswith("Two years ago the council promised")
    assert drafts[0].time_text == "November 20, 2025 — 6.00am"


def test_prose_under_a_line_with_no_byline_or_stamp_between_gives_no_headline() -> None:
    lines = tuple(COLUMN_WITH_A_SENTENCE_HEADLINE.splitlines())
    stamp = lines.index("November 20, 2025 — 6.00am")
    with_stamp = _features(lines)
    assert _title_over_text(with_stamp, len(lines), set()) == 2
    unstamped = lines[:stamp] + lines[stamp + 1 :]  # (a notice prints no byline or stamp)
    assert _title_over_text(_features(unstamped), len(unstamped), set()) is None


CARD_HEADER_WITH_AUTHORS_OVER_THE_STAMP = """\
News
UK news
Gales close ferry routes as storm sweeps across the western isles
Islanders stock up on food and fuel as ferry operator cancels all sailings until Monday
A wave breaks over the harbour wall at Oban on Friday morning. Photograph: Jane Roe/PA
Ruth Ogilvie and Tom Baird
Fri 20 Nov 2025 18.40 GMT
All ferry sailings to the western isles were cancelled on Friday as gales of up to 90mph swept \
across the west coast of Scotland, leaving thousands of islanders cut off until Monday.
Shops on Lewis and Harris reported queues for bread, milk and fuel from early morning, and the \
ferry operator said it would review the forecast on Sunday afternoon.
"""


def test_a_card_header_takes_the_line_the_slug_names_over_its_author_line() -> None:
    url = "https://www.paper.example/uk-news/2025/nov/20/gales-close-ferry-routes-western-isles"
    article = lead(split(CARD_HEADER_WITH_AUTHORS_OVER_THE_STAMP, url))
    assert article.title == "Gales close ferry routes as storm sweeps across the western isles"
    assert article.body.startswith("Islanders stock up on food and fuel")
    assert "Ruth Ogilvie" not in article.body
    assert [caption.credit for caption in article.captions] == ["Jane Roe/PA"]


def test_a_topic_pages_short_heading_named_by_its_slug_is_no_cards_headline() -> None:
    drafts = split(
        "Topic\n"
        "Harbour bridge repairs\n"
        "18 stories in the last week\n"
        "Council confirms harbour bridge repairs delayed to 2027\n"
        "City Times\n"
        "3 hrs ago\n"
        "The council says the steel for the new deck will arrive a year later than planned "
        "after a dispute with the supplier over the price.\n"
        "Ferry operator adds sailings while the bridge lanes are closed\n"
        "Harbour News · 6 hrs ago\n",
        "https://news.example/topics/harbour-bridge-repairs",
    )
    assert drafts[0].title == "Council confirms harbour bridge repairs delayed to 2027"


def test_the_slug_finds_the_headline_under_a_consent_sentence_before_the_stamp() -> None:
    drafts = split(
        "Aller au contenu principal\n"
        "Accueil\n"
        "Afrique\n"
        "Nous et nos partenaires utilisons des cookies pour mesurer l'audience du site.\n"
        "Afrique\n"
        "Ghana : le Parlement adopte la loi sur les licences de pêche industrielle\n"
        "Les députés ont adopté jeudi soir un texte qui réduit de moitié les licences des "
        "chalutiers. L'opposition dénonce un vote précipité.\n"
        "Publié le : 20/11/2025 - 08:32\n"
        "Modifié le : 20/11/2025 - 10:05\n"
        "Après dix heures de débats, le Parlement du Ghana a adopté jeudi la loi qui réduit "
        "de moitié le nombre de licences accordées aux chalutiers industriels.\n"
        "Les pêcheurs artisanaux saluent un texte attendu depuis des années.\n",
        "https://www.monde.example/fr/afrique/20251120-ghana-parlement-loi-licences-peche",
    )
    assert drafts[0].title == (
        "Ghana : le Parlement adopte la loi sur les licences de pêche industrielle"
    )
    assert "cookies" not in drafts[0].body


def test_a_caption_under_the_stamp_yields_the_title_to_the_slugs_headline_over_it() -> None:
    article = lead(
        split(
            "World\n"
            "Rival factions agree to Geneva talks on opening aid corridors, mediators say\n"
            "AFP\n"
            "Published: Thu 20 Nov 2025, 11:20 AM\n"
            "Last updated: Thu 20 Nov 2025, 12:05 PM\n"
            "Families queue for water at a camp near the capital on November 14 — AFP file\n"
            "The two factions have agreed to send delegations to Geneva next week for talks on "
            "opening humanitarian corridors, mediators said in a joint statement on Thursday.\n"
            "The statement did not mention a ceasefire, and both sides described the meeting as "
            "technical talks on aid rather than a negotiation on ending the war.\n",
            "https://www.paper.example/world/rival-factions-agree-to-geneva-talks-aid-corridors",
        )
    )
    assert article.title == (
        "Rival factions agree to Geneva talks on opening aid corridors, mediators say"
    )
    assert article.body.startswith("The two factions have agreed")


def test_a_publisher_over_the_stamp_yields_the_title_to_the_slugs_headline_under_it() -> None:
    article = lead(
        split(
            "news!portal\n"
            "News\n"
            "Finance\n"
            "The Harbour Herald\n"
            "Thu, 20 November 2025 at 9:30 pm UTC\n"
            "ASX:HBR\n"
            "-1.42%\n"
            "Harbour Rail fined $4 million over late refunds to passengers\n"
            "Harbour Rail has been ordered to pay a $4 million penalty after the court found it "
            "left thousands of passengers waiting months for refunds on cancelled trains.\n"
            "The regulator brought the case last year after receiving about 900 complaints from "
            "passengers, some of whom were owed more than $2,000.\n"
            "Ferry fares to rise 5% from January\n"
            "The Island Times · 3h ago\n",
            "https://news.portal.example/harbour-rail-fined-4-million-refunds-213000123.html",
        )
    )
    assert article.title == "Harbour Rail fined $4 million over late refunds to passengers"
    assert article.source == "The Harbour Herald"
    assert article.body.startswith("Harbour Rail has been ordered")


STORY_UNDER = """\
Local News
{}
Ice storm knocks out power to 40,000 homes across the county
By Maria Lopez
Published: Nov. 20, 2025 at 7:42 AM CST
More than 40,000 homes lost power overnight as freezing rain coated lines and trees across \
the county, the utility said on Thursday morning.
Crews from three states were on their way to help, and the utility said most customers \
should have power back by Saturday evening.
"""


@pytest.mark.parametrize(
    "alert",
    [
        "Winter Storm Warning until 9 PM",
        "Flood Watch in effect from 10:00 a.m. Friday",
        # a headline over the story's headline stays one when it prints no time of day
        None,
    ],
)
def test_an_alert_that_prints_a_time_of_day_is_no_headline(alert: str | None) -> None:
    page = STORY_UNDER.format(alert or "School board votes to close two elementary schools")
    want = "Ice storm knocks out power to 40,000 homes across the county"
    if alert is None:
        want = "School board votes to close two elementary schools"
    assert lead_title(split(page)) == want


def test_a_standfirst_bullet_with_a_time_of_day_leaves_the_headline_over_it() -> None:
    drafts = split(
        "Fire crews battle blaze at empty seafront hotel as residents told to shut windows\n"
        "More than 50 firefighters were called to the former Grand Pier Hotel at 4am\n"
        "Smoke could be seen for miles along the coast\n"
        "By TOM HALE FOR CHRONICLE ONLINE\n"
        "Published: 09:12 GMT, 20 November 2025\n"
        "Eight fire engines and a ladder platform were sent to the seafront building after "
        "passers-by reported flames coming from the top floor shortly before dawn.\n"
        "The fire service said the blaze had spread to three floors and crews would stay at "
        "the scene for most of the day, and that nobody was believed to be inside.\n"
        "The hotel, which closed five years ago, has been empty since and was due to be sold.\n"
    )
    assert lead_title(drafts) == (
        "Fire crews battle blaze at empty seafront hotel as residents told to shut windows"
    )


def test_the_slug_takes_the_headline_from_a_promo_over_a_cards_header() -> None:
    page = STORY_UNDER.format("Storm Team Alert Day: Freezing rain and strong winds on Friday")
    url = "https://tv.example/news/2025/11/20/ice-storm-knocks-out-power-homes-county/"
    want = "Ice storm knocks out power to 40,000 homes across the county"
    assert lead_title(split(page, url)) == want


def test_prose_under_a_stamp_under_menu_items_alone_takes_the_nearest_as_its_headline() -> None:
    lines = (
        "Home",
        "Politics",
        "Transport",
        "November 20, 2025 — 6.00am",
        "Two years ago the council promised a bus every ten minutes on every main road in the "
        "city, and it printed the promise on every single bus stop it owns in town.",
        "Today fewer than half of those routes run that often, and passengers who wait twenty "
        "minutes in the rain have noticed the gaps.",
        "The reasons are not mysterious: too few drivers, too many roadworks and a budget cut "
        "last spring that nobody on the council wanted to talk about.",
    )
    # fail soft: the page's text is an article under an odd headline rather than none
    assert _title_over_text(_features(lines), len(lines), set()) == 2


_RIVER_TEXT = (
    "The river authority said on Saturday that water levels at the northern gauge had "
    "fallen by almost a metre since Thursday, allowing the ferry to resume its crossings.\n"
    "Ferry operators had warned that a longer closure would strand hundreds of commuters "
    "who rely on the service to reach the industrial park on the far bank.\n"
    "The authority will review the gauge readings again on Monday before lifting the "
    "remaining restrictions on barge traffic upstream of the lock.\n"
)


@pytest.mark.parametrize(
    ("credit", "want"),
    [
        ("Por Agência Serrana", "Agência Serrana"),  # an agency word first, accented
        ("Agenzia Lumen", "Agenzia Lumen"),
        ("Lumen-AFP", "Lumen-AFP"),  # a known agency joined to a partner's name
        ("Marta Quintela", None),  # an author
    ],
)
def test_an_agency_named_in_the_header_by_its_first_word_or_a_partner_is_the_source(
    credit: str, want: str | None
) -> None:
    article = lead(
        split(
            "Ferry crossings resume as the river falls below the warning mark\n"
            f"{credit}\n"
            "Publicado em 20/11/2025 - 08:30\n" + _RIVER_TEXT
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("dpa", "dpa"),  # an agency's one-word name, as it spells it
        ("The Valley Courier", "The Valley Courier"),  # printed again by a card under it
        ("Weather", None),  # a section kicker
        ("Press Releases", None),  # a section, though agencies' names start with "Press" too
    ],
)
def test_a_publisher_over_a_portals_headline_counts_even_when_its_cards_print_it(
    name: str, want: str | None
) -> None:
    article = lead(
        split(
            "Portal\n"
            "News\n"
            "Sport\n"
            f"{name}\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "Updated 4 hrs ago\n" + _RIVER_TEXT + "\n"
            f"{name}\n"
            "Council approves new cycle bridge over the canal\n"
            "2 hrs ago\n"
            "Ridge Gazette · 5 hrs ago\n"
            "Bakery chain opens its tenth shop in the old town\n",
            "https://portal.example/news/ferry-crossings-resume-river-falls-123.html",
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Tomasz Eberle", None),  # a person: the author
        ("Agencia Serrana", "Agencia Serrana"),  # an agency's name
        ("The Valley Courier", "The Valley Courier"),  # an outlet's
    ],
)
def test_a_persons_name_between_headline_and_stamp_is_the_author_not_the_source(
    name: str, want: str | None
) -> None:
    f = _features(
        (
            "Sport",
            "Harbour United edge Lakeside 2-1 in a late derby thriller",
            name,
            "November 20, 2025 9:45 pm",
            *_RIVER_TEXT.splitlines(),
        )
    )
    card = _Card(1, 1, 4, name, "November 20, 2025 9:45 pm")
    _drop_author_sources(f, [card])
    assert card.source == want


@pytest.mark.parametrize(
    ("header", "stamp"),
    [
        (
            "By Tova Ennick, Staff,Updated Nov 20, 2025 at 3:45 PM",
            "Updated Nov 20, 2025 at 3:45 PM",
        ),
        ("Tova Ennick, Staff Writer,Published Nov 20, 2025", "Published Nov 20, 2025"),
        (
            "By Tova Ennick, Staff Writer Updated Nov 20, 2025 3:45 p.m.",
            "Updated Nov 20, 2025 3:45 p.m.",
        ),
    ],
)
def test_a_stamp_glued_to_the_byline_is_the_leads_stamp_and_no_text(
    header: str, stamp: str
) -> None:
    article = lead(
        split(
            "Ferry crossings resume as the river falls below the warning mark\n"
            + header
            + "\n"
            + _RIVER_TEXT
        )
    )
    assert article.time_text == stamp
    assert article.body.startswith("The river authority said")


def test_a_sentence_naming_a_person_and_a_date_after_a_comma_is_no_stamp() -> None:
    f = _features(("Tova Ennick, the ferry's captain, retired on Nov 20, 2025",))
    assert f.times == [None]


@pytest.mark.parametrize(
    ("name", "want"),
    [("The Valley Courier", "The Valley Courier"), ("dpa", "dpa"), ("Weather", None)],
)
def test_a_publisher_over_a_cards_stamp_over_its_headline_is_its_source(
    name: str, want: str | None
) -> None:
    f = _features(
        (
            "Portal",
            name,
            "• 4 hours ago",
            "Ferry crossings resume as the river falls below the warning mark",
            *_RIVER_TEXT.splitlines(),
        )
    )
    card = _Card(2, 3, 4, None, "4 hours ago")
    _source_over_stamp(f, [card], set())
    assert card.source == want


def test_a_cards_stamp_over_the_next_title_is_no_printed_source() -> None:
    lines = (
        "Harbourtown Radio",
        "Sport",
        "Weather",
        "Water",
        "Dike at the harbour to be raised: sixty homes must make way",
        "Posted: 20 November 2025 07:05",
        *_RIVER_TEXT.splitlines(),
        "",
        "Bridge over the canal closed for two weeks",
        "Cyclists can take a small ferry across instead.",
        "yesterday",
        "Tower planned on the site of the old power station",
        "3 hours ago",
    )
    f = _features(lines)
    assert f.printed_sources < 2  # ("yesterday" / title / "3 hours ago": no source over it)
    drafts = split("\n".join(lines) + "\n")
    assert lead(drafts).source is None  # "Water" is a kicker


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("By MARTA QUINTELA Associated Press", "Associated Press"),
        ("By OLE BERG The Canadian Press", "The Canadian Press"),
        ("By AFP", "AFP"),
    ],
)
def test_an_author_in_capitals_before_the_agency_is_no_part_of_the_source(
    byline: str, want: str
) -> None:
    article = lead(
        split(
            "Ferry crossings resume as the river falls below the warning mark\n"
            f"{byline}\n"
            "Published: Nov. 20, 2025, 4:48 p.m. EST\n" + _RIVER_TEXT
        )
    )
    assert article.source == want


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("By Marta Quintela, Associated Press", "Associated Press"),
        ("By MARTA QUINTELA | The Canadian Press", "The Canadian Press"),
        ("By: Ole Berg, Agencia Serrana", "Agencia Serrana"),
        ("By MARTA QUINTELA and OLE BERG Associated Press", "Associated Press"),
        ("By Marta Quintela, Harbour Desk", None),  # a desk of the site's: no agency
        ("By Marta Quintela, Ferry Correspondent", None),  # her role
    ],
)
@pytest.mark.parametrize("stamp", ["Posted 9:05 a.m. EST, Nov. 20, 2025\n", ""])
def test_an_agency_named_in_the_byline_after_its_reporters_is_the_source(
    byline: str, want: str | None, stamp: str
) -> None:
    article = lead(
        split(
            "World\nFerry crossings resume as the river falls below the warning mark\n"
            f"{byline}\n{stamp}" + _RIVER_TEXT
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("County Final", None),  # the breadcrumb's next step under the repeated menu item
        ("The Valley Courier", "The Valley Courier"),  # an outlet's name
        ("Agencia Serrana", "Agencia Serrana"),  # an agency's
    ],
)
def test_a_name_under_a_repeated_menu_item_over_a_storys_headline_is_a_subsection(
    name: str, want: str | None
) -> None:
    article = lead(
        split(
            "Harbour Radio\nNews\nSport\nWeather\nSport\n"
            f"{name}\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "Updated / Thursday, 20 Nov 2025 12:10\n"
            "By Tomasz Eberle\n" + _RIVER_TEXT + "Rowers from the club on the far bank "
            "said they would be back on the water by the weekend.\nAlso in Sport\n"
            "Harbour United edge Lakeside 2-1 in a late derby thriller\n"
            "Harbour Wire · 2 hours ago\n"
            "Rowing club opens its new boathouse on the quay\n"
            "Valley Post · 5 hours ago\n"
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


@pytest.mark.parametrize(
    ("kicker", "want"),
    [
        ("Rowing", None),  # a menu item printed again over the story's stamp: its section
        ("Town & Country", "Town & Country"),  # a publisher's name with "&": no section
        ("HRN", "HRN"),  # an acronym printed again (the masthead's): the publisher
        ("Harbour Wire", "Harbour Wire"),  # a newsroom's name printed again
    ],
)
def test_a_menu_item_printed_again_over_a_storys_stamp_is_its_section(
    kicker: str, want: str | None
) -> None:
    article = lead(
        split(
            f"Harbour Radio\nNews\nRowing\nWeather\nHRN\nHarbour Wire\n{kicker}\n"
            "Thursday, 20 Nov 2025 12:10\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "By Tomasz Eberle\n" + _RIVER_TEXT + "Rowers from the club on the far bank "
            "said they would be back on the water by the weekend.\n"
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


@pytest.mark.parametrize(
    ("caption", "want"),
    [
        ("Commuters wait on the quay for the first crossing in a week", None),  # its credit
        ("Commuters wait on the quay for the first crossing in a week. © Reuters", "Reuters"),
    ],
)
def test_an_agency_over_a_caption_without_its_own_credit_is_the_photos_credit(
    caption: str, want: str | None
) -> None:
    article = lead(
        split(
            "Harbour Radio\nNews\nWorld\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "20 November 2025\nTomasz Eberle\nHarbour Radio News, Lakeside\n"
            f"Reuters\n{caption}\n" + _RIVER_TEXT
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source == want


def test_an_agency_over_a_standfirst_without_a_full_stop_and_no_byline_is_the_source() -> None:
    article = lead(
        split(
            "Harbour Radio\nNews\nWorld\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "20 November 2025\nAFP\n"
            "Operators expect the full timetable to be back by the end of the month\n" + _RIVER_TEXT
        )
    )
    assert article.source == "AFP"


_FERRY_HEADLINE = "Ferry crossings resume as the river falls below the warning mark\n"


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # a one-word name over the stamp, not in the menu: a publisher's, on a page whose
        # other cards print no source as on a portal
        ("Tidewatch\nThursday, 20 Nov 2025 12:10\n" + _FERRY_HEADLINE, "Tidewatch"),
        ("Newsline\nThursday, 20 Nov 2025 12:10\n" + _FERRY_HEADLINE, "Newsline"),
        # the menu's item printed again over the stamp: the story's section
        ("Weather\nThursday, 20 Nov 2025 12:10\n" + _FERRY_HEADLINE, None),
        # a label under the headline over the standfirst it labels
        (
            _FERRY_HEADLINE + "Summary\nThe ferry runs again after the river fell below the "
            "warning mark.\nThursday, 20 Nov 2025 12:10\n",
            None,
        ),
    ],
)
def test_a_one_word_name_in_a_storys_header_is_its_publisher_without_a_sections_evidence(
    header: str, want: str | None
) -> None:
    article = lead(
        split(
            "Harbour Radio\nNews\nSport\nWeather\n"
            + header
            + _RIVER_TEXT
            + "Rowers from the club on the far bank said they would be back on the water by "
            "the weekend.\n\n"
            "Harbour United edge Lakeside 2-1 in a late derby thriller\n19 November 2025\n"
            "Rowing club opens its new boathouse on the quay\n18 November 2025\n"
        )
    )
    assert article.title == _FERRY_HEADLINE.strip()
    assert article.source == want


def test_a_one_word_kicker_over_a_story_broken_by_a_caption_is_no_source() -> None:
    # (the other cards print section chips over their headlines, no publisher)
    paragraphs = _RIVER_TEXT.splitlines()
    article = lead(
        split(
            "Harbour Radio\nNews\nSport\nWeather\nNews\nTidewatch\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "Thursday, 20 Nov 2025 12:10\n"
            f"{paragraphs[0]}\n{paragraphs[1]}\n"
            "Commuters wait on the quay for the first crossing. Photo: Ann Lee/Harbour Radio\n"
            f"{paragraphs[2]}\n"
            "Rowers from the club on the far bank said they would be back on the water by "
            "the weekend.\n\n"
            "Sport\nHarbour United edge Lakeside 2-1 in a late derby thriller\n19 November 2025\n"
            "Weather\nRowing club opens its new boathouse on the quay\n18 November 2025\n"
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.source is None


def test_a_rating_between_headline_and_standfirst_leaves_both_in_place() -> None:
    article = lead(
        split(
            "Stage Door\n"
            "Theatre\n"
            "The Lighthouse Keeper at the Harbour Theatre review – salt, wind and grief\n"
            "★★★☆☆\n"
            "Director Ines Marlow gives a creaking old melodrama a new, quieter voice, and "
            "mostly gets away with it\n"
            "Tomas Hale\n"
            "20 November 2025\n" + _RIVER_TEXT
        )
    )
    assert article.title == (
        "The Lighthouse Keeper at the Harbour Theatre review – salt, wind and grief"
    )
    assert article.body.startswith("Director Ines Marlow gives")
    assert "★" not in article.body


def test_a_subsection_under_a_section_kicker_is_no_source_of_the_lead() -> None:
    drafts = split(
        "The Harbour Gazette\nOpinion\nColumnists\n"
        "Our harbour deserves a ferry that runs on time\n"
        "Three cancelled crossings a week is not bad luck but bad planning, writes Morag Keld\n"
        "Morag Keld\nColumnist\nPublished 20th Nov 2025, 05:00 GMT\n"
        "When the new ferry finally entered service last spring, there was a brief moment "
        "when it felt as if the long saga of the island route was over.\n"
        "This month alone, crossings to Port Ellan have been cancelled on nine days, and only "
        "three of those cancellations were down to the weather.\n"
        "More from Morag Keld\n"
        "Why the harbour tax is a missed chance\nMorag Keld · 13th Nov 2025\n"
        "Island schools need more than promises\nMorag Keld · 6th Nov 2025\n"
    )
    header = lead(drafts)
    assert (header.title, header.source) == ("Our harbour deserves a ferry that runs on time", None)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://herald.example/sport/rowing/hrl/harbour-crew-wins-the-final", None),
        ("https://herald.example/sport/rowing/harbour-crew-wins-the-final", "HRL"),
    ],
)
def test_a_name_over_the_headline_that_the_urls_path_holds_as_a_folder_is_its_section(
    url: str, want: str | None
) -> None:
    f = _features(("HRL", "Harbour crew wins the final by a length", "2h ago"), url)
    card = _Card(1, 1, 3, None, "2h ago")
    _source_above(f, card, 0, set())
    assert card.source == want


@pytest.mark.parametrize(
    ("between", "want"),
    [
        (("Share", "AFP"), "AFP"),  # an agency's name alone between the stamp and the text
        (("Agencia Serrana",), "Agencia Serrana"),
        (("By Marta Quintela with AFP",), None),  # a co-credit in the byline
        (("RTN",), None),  # an acronym alone: as often the site's own
    ],
)
def test_an_agency_alone_in_a_cards_header_over_its_text_is_its_source(
    between: tuple[str, ...], want: str | None
) -> None:
    title = "Ferry crossings resume as the river falls below the warning mark"
    f = _features((title, "November 20, 2025 9:45 pm", *between, *_RIVER_TEXT.splitlines()))
    card = _Card(0, 0, 2, None, "November 20, 2025 9:45 pm")
    _header_agencies(f, [card])
    assert card.source == want


def test_an_agency_under_a_last_title_with_no_text_is_the_footer_no_source() -> None:
    f = _features(("Ferry crossings resume on the river", "2h ago", "Agencia Serrana", "Contact"))
    card = _Card(0, 0, 2, None, "2h ago")
    _header_agencies(f, [card])
    assert card.source is None


def test_a_persons_name_under_a_standfirst_is_the_author_even_on_a_portal() -> None:
    standfirst = "The operators say a longer closure would have stranded hundreds of commuters"
    f = _features(
        (
            "Ferry crossings resume as the river falls below the warning mark",
            standfirst,
            "Tomasz Eberle",
            "Professor of Hydrology at the Northern Institute",
            "November 20, 2025 9:45 pm",
            *_RIVER_TEXT.splitlines(),
        )
    )
    f.printed_sources = 10  # (a page whose cards print their publishers)
    card = _Card(0, 0, 5, "Tomasz Eberle", "November 20, 2025 9:45 pm", deck=1)
    _drop_author_sources(f, [card])
    assert card.source is None


def test_an_agency_alone_under_the_headline_outranks_a_section_name_over_it() -> None:
    title = "Ferry crossings resume as the river falls below the warning mark"
    f = _features(("Regional", title, "Agencia Serrana", "2h ago", *_RIVER_TEXT.splitlines()))
    card = _Card(0, 1, 4, "Regional", "2h ago")
    _header_agencies(f, [card])
    assert card.source == "Agencia Serrana"


def test_a_note_on_the_author_in_the_bylines_place_is_no_standfirst() -> None:
    article = lead(
        split(
            "HARBOUR\n"
            "Ferry crossings resume as the river falls below the warning mark\n"
            "Marta Quintela is the Courier's river correspondent\n"
            "4 hours ago\n" + _RIVER_TEXT
        )
    )
    assert article.title == "Ferry crossings resume as the river falls below the warning mark"
    assert article.body.startswith("The river authority said")


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Belga Sport", "Belga Sport"),  # a known agency's name, then its desk
        ("Lumen-AFP", "Lumen-AFP"),  # joined to a partner's by a hyphen
        ("Press Releases", None),  # an agency word first is as often a section
        ("Getty Images", None),  # a photo credit left over the card
    ],
)
def test_an_agencys_desk_over_a_cards_stamp_is_its_source(name: str, want: str | None) -> None:
    f = _features(
        (
            "Portal",
            name,
            "3h",
            "Ferry crossings resume as the river falls below the warning mark",
            *_RIVER_TEXT.splitlines(),
        )
    )
    card = _Card(2, 3, 4, None, "3h")
    _source_over_stamp(f, [card], set())
    assert card.source == want


_PORTAL_LEAD = (
    "Home\nNews\nDeals\n{over}\n"
    "Tram depot fire halts the east line for the weekend, operator says\n"
    "Sat, 14 March 2026 at 8:10 pm\n"
    "A fire at the Kestrel Road tram depot stopped all services on the east line on Saturday, "
    "the operator said, and replacement buses will run until Monday morning.\n"
    "Crews put out the blaze within an hour; nobody was hurt, a fire service spokesman said.\n"
    "Engineers will inspect the overhead wires on Sunday before trams can return to the line.\n"
    "\n"
    "Harbour Wire\n45m\nCouncil votes to keep the night market on the quay until May\n"
    "Bay Courier\n2h\nFerry fares rise by ten cents from the first of April\n"
)


@pytest.mark.parametrize(
    ("over", "want"),
    [
        ("Harbour Wire", "Harbour Wire"),  # the cards' publisher over the headline: its source
        ("News", None),  # a menu item printed again over it: a section kicker
    ],
)
def test_a_name_the_cards_print_as_their_source_is_the_leads_publisher(
    over: str, want: str | None
) -> None:
    drafts = split(_PORTAL_LEAD.format(over=over))
    assert lead(drafts).title.startswith("Tram depot fire")
    assert lead(drafts).source == want
    assert [d.source for d in drafts[1:]] == ["Harbour Wire", "Bay Courier"]


_NEWSROOM_TEXT = (
    "The harbour board voted on Thursday to raise mooring fees by four per cent from April, "
    "the first rise in three years.\n"
    "Boat owners said the increase was fair if the pontoons on the east quay were repaired "
    "before the summer season.\n"
    "The board expects the new fees to bring in about 60,000 dollars a year.\n"
)


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("Harbour Wire\n27 November 2026 10:05\n", "Harbour Wire"),  # over the stamp
        ("By Harbour Wire\nPublished 27 November 2026\n", "Harbour Wire"),
        ("Ann Lee and Tom Ward, Bay News\nPublished 27 November 2026\n", "Bay News"),
        # a known agency's desk over the stamp ("estadão" is in the agency data)
        ("Estadão Conteúdo\n27 November 2026 10:05\n", "Estadão Conteúdo"),
        ("Kyodo News\n27 November 2026 10:05\n", "Kyodo News"),
        ("Local News\n27 November 2026 10:05\n", None),  # a "News" name alone: a section
        ("Ann Lee, Night Editor\nPublished 27 November 2026\n", None),  # a role
    ],
)
def test_a_newsroom_in_the_bylines_place_is_the_leads_source(header: str, want: str | None) -> None:
    article = lead(
        split(
            "Menu\nRegional\nMooring fees at the harbour to rise by four per cent in April\n"
            + header
            + _NEWSROOM_TEXT
        )
    )
    assert article.title == "Mooring fees at the harbour to rise by four per cent in April"
    assert article.source == want
    assert article.body.startswith("The harbour board voted")


def test_a_newsroom_under_a_section_printed_again_is_the_publisher_not_a_subsection() -> None:
    article = lead(
        split(
            "Home\nEconomy\nSport\nEconomy\nHarbour Wire\n"
            "Mooring fees at the harbour to rise by four per cent in April\n"
            "27/11/2026 08h15\n"
            + _NEWSROOM_TEXT
            + "Harbour users can comment on the new fees at the board's office until the end of "
            "January, and the final decision is due in February.\n"
            "Bay Courier\n2 hours ago\nCouncil votes to keep the night market on the quay\n"
            "Tide Post\n5 hours ago\nFerry fares rise by ten cents from the first of April\n"
        )
    )
    assert article.title == "Mooring fees at the harbour to rise by four per cent in April"
    assert article.source == "Harbour Wire"


@pytest.mark.parametrize(
    ("over", "publisher"),
    [
        ("Harbour Gazette", True),  # an outlet over a chip over the headline
        ("Weather", False),  # no outlet's name: a menu item over the chip
    ],
)
def test_an_outlet_over_a_word_over_the_headline_is_its_publisher(
    over: str, publisher: bool
) -> None:
    page = _PORTAL_LEAD.replace("{over}", f"{over}\nSpotlight")
    assert (lead(split(page)).source == over) == publisher


BEEKEEPING_STORY = (
    "Hive thefts double as honey prices climb\n"
    "Police in three counties say thefts of beehives have doubled this year, with "
    "thieves taking whole colonies at night from remote orchards.\n"
    "The regional beekeeping association said members had lost more than 400 hives "
    "since spring and asked growers to report vans parked near their fields.\n"
    "A kilo of local honey now sells for twice what it did two years ago, which the "
    "association blames on poor summers and rising demand from the honey trade.\n"
    "Insurers said policies seldom cover stolen colonies, and several farmers have begun "
    "fitting trackers to their hives and cameras at the gates of their orchards.\n"
)


@pytest.mark.parametrize(
    ("over", "source"),
    [
        # the story's topic, named in its sentences ("… the honey trade"): no publisher
        ("Honey Trade", None),
        ("Hive-Thefts", None),
        # a name the story never prints, over the stamp over the headline: its publisher
        ("Valley Courier", "Valley Courier"),
    ],
)
def test_a_name_over_the_headline_that_the_story_uses_is_its_section(
    over: str, source: str | None
) -> None:
    page = f"News\nSport\n{over}\nThursday, November 20th 2025 - 09:40 UTC\n{BEEKEEPING_STORY}"
    assert lead(split(page)).source == source


KESTREL_STORY = (
    "Mill Lane residents win fight to save riverside kestrel nest\n"
    "Planners withdrew approval for the footbridge after a survey found the birds nesting.\n"
    "By Anouk Berezin\n"
    "20 November 2025, 09:40\n"
    "Council planners have withdrawn approval for a footbridge over the river after a "
    "survey found a pair of kestrels nesting in the old mill wall it would have replaced.\n"
    "Residents had campaigned for a year against the bridge, which they said would cut "
    "through the last stretch of wild bank in the town centre.\n"
)


@pytest.mark.parametrize(
    "kicker",
    [
        "TOWN HALL PLANNING ROW OVER MILL LANE BRIDGE",  # a kicker in capitals on its line
        "VALLEY CUP FINAL | ROVERS 2 - TOWN 1",
        "",
    ],
)
def test_a_kicker_in_capitals_over_the_headline_is_no_headline(kicker: str) -> None:
    menu = "THE VALLEY POST\nNews\nSport\nCulture\nWeather\nMore\n"
    page = f"{menu}{kicker}\n{KESTREL_STORY}" if kicker else KESTREL_STORY
    assert lead(split(page)).title == "Mill Lane residents win fight to save riverside kestrel nest"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "WILD TOWN — Mill Lane residents win fight to save riverside kestrel nest",
            "Mill Lane residents win fight to save riverside kestrel nest",
        ),
        # a one-word acronym before the mark is part of the headline
        (
            "NHS — Mill Lane clinic wins fight to stay open",
            "NHS — Mill Lane clinic wins fight to stay open",
        ),
    ],
)
def test_a_kicker_in_capitals_glued_before_the_headline_is_left_out(
    headline: str, title: str
) -> None:
    page = KESTREL_STORY.replace(KESTREL_STORY.split("\n", maxsplit=1)[0], headline)
    assert lead(split(page)).title == title


LONG_CAPITALS = "HARBOUR WALL " * 6_000


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (LONG_CAPITALS, LONG_CAPITALS),  # no mark: the kicker's one class is read once
        (LONG_CAPITALS + "— Mill Lane reopens", "Mill Lane reopens"),
        (LONG_CAPITALS + "| mill lane reopens", LONG_CAPITALS + "| mill lane reopens"),
    ],
)
def test_the_glued_kicker_test_on_a_long_line_of_capitals_is_linear(
    headline: str, title: str
) -> None:
    started = time.process_time()
    assert _without_kicker(headline) == title
    assert time.process_time() - started < 1  # (linear: milliseconds)


def test_an_author_with_a_catalan_and_between_surnames_is_no_headline() -> None:
    page = (
        "El Diari del Moll\nLocal\nEconomia\n"
        "Tarragona amplía el horario de la lonja de pescado a partir de abril\n"
        "La cofradía y el Ayuntamiento acuerdan abrir la subasta también por la tarde "
        "para el marisco y las capturas de las barcas pequeñas\n"
        "Pau Serra i Mas\nTarragona\n14 mar 2026, 09:10 h\n"
        "La lonja del puerto de Tarragona abrirá también por la tarde a partir del mes "
        "de abril, según el acuerdo firmado este viernes por la cofradía de pescadores.\n"
        "La subasta de la tarde se dedicará sobre todo al marisco y a las capturas de "
        "las barcas pequeñas, que vuelven a puerto después del mediodía.\n"
    )
    drafts = split(page)
    assert lead(drafts).title.startswith("Tarragona amplía el horario")
    assert all(draft.title != "Pau Serra i Mas" for draft in drafts)


def test_summary_bullets_under_a_colon_heading_between_headline_and_text_are_one_block() -> None:
    page = (
        "Valley Radio News\n"
        "Latest\n"
        "Farming\n"
        "Weather\n"
        "Orchard growers lose half the cherry crop to a late frost\n"
        "By Marit Solvang and Ebbe Tarrant\n"
        "Upper Dale\n"
        "Posted Thu 14 May 2026 at 6:02am\n"
        "Updated Thu 14 May 2026 at 7:15pm\n"
        "At a glance:\n"
        "Frost settled on the orchards for three nights running\n"
        "Growers expect to pick half last year's cherries\n"
        "A relief fund opens to applications next week\n"
        "Cherry growers in the upper dale expect to pick about half of last year's crop after "
        "three nights of frost killed blossom across most of the valley's orchards.\n"
        "The regional farming office said the relief fund would open on Tuesday.\n"
    )
    assert lead_title(split(page)) == "Orchard growers lose half the cherry crop to a late frost"


RAIL_OVER_STORY = """\
Front page
Weather
Harbour Gazette · 3h
Ferry timetable cut for the winter months
Valley Post · 5h
Orchard growers count frost damage after cold night
Pellmouth Herald
Follow
Story by Ines Varga
 • 2h
Lakeside mill reopens after a three-year repair
The old mill on the eastern shore of Lake Pell opened its doors again on Monday after a \
repair that took almost three years and cost the town more than it had planned.
Workers replaced the water wheel, rebuilt the roof and laid new floors, the town's \
building office said in a statement released on Sunday evening.
"We wanted to keep the place as it was when our grandparents worked here," said Ona \
Breck, who led the volunteers that raised money for the work.
The mill will open to visitors on weekends from April, and the town hopes to hold a \
small market in its yard during the summer.
Like
Share
"""


def test_the_story_under_a_rail_of_cards_comes_first_the_cards_after_it() -> None:
    drafts = split(RAIL_OVER_STORY)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Lakeside mill reopens after a three-year repair"),
        ("related", "Ferry timetable cut for the winter months"),
        ("related", "Orchard growers count frost damage after cold night"),
    ]
    assert [d.position for d in drafts] == [0, 1, 2]


STORY_UNDER_TITLE_STAMP_RAIL = """\
Home
Regions
Glassworks strike enters its third week
2 hours ago
Tram line to the airport gets a start date
4 hours ago
Valley orchards brace for a late frost
By Teo Marland
Dunmore Ledger
March 3, 2026
Fruit growers across the upper valley spent Tuesday night lighting small fires between \
the rows, hoping to keep the blossom alive as the temperature fell below zero.
The weather office said the cold would last two more nights before a mild wind from the \
south brings rain at the weekend.
"One night like this can take half a year's work," said Lida Orvell, who keeps four \
hectares of pears on the slope above the village.
The growers' union asked the regional council for help with the cost of the fuel.
"""


@pytest.mark.parametrize("kicker", ["", "FARMING\n"])
def test_a_story_header_under_a_rail_of_title_stamp_cards_is_the_lead(kicker: str) -> None:
    drafts = split(
        STORY_UNDER_TITLE_STAMP_RAIL.replace("Valley orchards", kicker + "Valley orchards")
    )
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Valley orchards brace for a late frost"),
        ("related", "Glassworks strike enters its third week"),
        ("related", "Tram line to the airport gets a start date"),
    ]
    assert drafts[0].body.startswith("Fruit growers across the upper valley")
    assert "regional council" in drafts[0].body
    assert drafts[1].body == drafts[2].body == ""  # (no card takes the story's lines)


@pytest.mark.parametrize(
    "deck",
    [
        "Growers light fires between the rows as the cold settles over the valley.\n",
        "Growers light fires between the rows.\nThe weather office expects two more cold "
        "nights before the rain.\n",
    ],
)
def test_a_story_header_with_a_standfirst_under_a_title_stamp_rail_is_the_lead(
    deck: str,
) -> None:
    """Breadcrumb / headline / standfirst / byline / date under the rail: the rail's last
    card closes at its stamp, and its title is no lead's (the story's headline went into
    its body)."""
    drafts = split(
        STORY_UNDER_TITLE_STAMP_RAIL.replace("By Teo Marland", deck + "By Teo Marland").replace(
            "Valley orchards brace", "News\nFarming\nValley orchards brace"
        )
    )
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Valley orchards brace for a late frost"),
        ("related", "Glassworks strike enters its third week"),
        ("related", "Tram line to the airport gets a start date"),
    ]
    assert drafts[0].body.startswith(deck.splitlines()[0])
    assert "Valley orchards" not in drafts[0].body
    assert drafts[1].body == drafts[2].body == ""


def test_a_story_with_a_standfirst_over_a_title_stamp_rail_keeps_its_lead() -> None:
    """The rail printed under the story: the story's own header stays the lead."""
    header, story = STORY_UNDER_TITLE_STAMP_RAIL.split("Valley orchards brace for a late frost\n")
    rail = header.removeprefix("Home\nRegions\n")
    page = (
        "Home\nRegions\nValley orchards brace for a late frost\n"
        "Growers light fires between the rows as the cold settles over the valley.\n"
        + story
        + "Latest\n"
        + rail
    )
    drafts = split(page)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Valley orchards brace for a late frost"),
        ("related", "Glassworks strike enters its third week"),
        ("related", "Tram line to the airport gets a start date"),
    ]
    assert "regional council" in drafts[0].body


def test_a_stamp_first_header_over_a_deck_and_byline_is_no_rail() -> None:
    """Section / date / headline / deck / byline / text: one card, the story's own header;
    the deck under it is no headline under a rail."""
    page = STORY_UNDER_TITLE_STAMP_RAIL.split("Valley orchards")[1].split("March 3, 2026\n")[1]
    page = (
        "Home\nRegions\nMarch 3, 2026\nValley orchards brace for a late frost\n"
        "Growers light fires between the rows as the cold settles over the valley\n"
        "By Teo Marland\n" + page
    )
    drafts = split(page)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Valley orchards brace for a late frost")
    ]


# A story's header read as a card, no slug to name its headline (an id for a URL): the
# author's role, the newsroom under the standfirst's sentence, or the standfirst itself
# over the byline stood over the stamp and was taken for the title.
_STORY_TEXT = (
    "Lorvik's harbour board voted on Thursday to close the old grain quay to freight from "
    "March, ending a century of cargo handling in the town centre.\n"
    "The board said the quay's timber piles had rotted beyond repair and that moving the "
    "cargo to the northern terminal would cost less than rebuilding it.\n"
    "Fishermen who moor along the quay will keep their berths, the board said, and the "
    "warehouses behind it will be offered to the town for housing.\n"
    "The northern terminal's operator said it would hire a dozen of the quay's dockers and "
    "run a shuttle for the others until the end of the season.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # "Headline" / author / role / stamp
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "Edda Marstrand\n"
        "Chief engineer, Tarnholm Port Authority\n"
        "November 20, 2025 at 9:15 a.m.\n",
        # "Headline" / a standfirst sentence / the newsroom's line / stamp
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "Inspectors found the timber piles rotted. The freight moves north in March.\n"
        "Online desk with Norwire\n"
        "Published 20 Nov 2025, 09:15\n",
        # "Headline" / standfirst sentences / a byline over the stamp
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "A century of cargo handling in the town centre ends in March. Our reporter spent a "
        "week on the quay with the dockers who will lose their work there\n"
        "EDDA MARSTRAND and JON VIK, staff writers\n"
        "20 Nov 2025 09:15\n",
    ],
)
def test_a_storys_header_read_as_a_card_takes_the_headline_over_its_furniture(
    header: str,
) -> None:
    drafts = split(
        "Lorvik Post\nNews\nHarbour\n" + header + _STORY_TEXT,
        "https://www.lorvik.example/article/4471302",
    )
    assert [draft.role for draft in drafts] == ["lead"]
    article = drafts[0]
    assert article.title == "Harbour board votes to close Lorvik's old grain quay to freight"
    assert article.time_text is not None
    assert "Lorvik's harbour board voted" in article.body


def test_a_headline_under_a_section_read_as_a_name_keeps_its_title() -> None:
    drafts = split(
        "Market data and analysis for professionals in the shipping trade\n"
        "World\n"
        "North Sea\n"
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "By Edda Marstrand\n"
        "20 Nov 2025 09:15\n" + _STORY_TEXT,
        "https://www.lorvik.example/article/4471302",
    )
    assert lead_title(drafts) == "Harbour board votes to close Lorvik's old grain quay to freight"


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 20/11/2025 - 10:15\n",  # the story read as a card: headline / stamp
        "By Edda Marstrand\nPublished 20/11/2025 - 10:15\n",  # the lead's headline / byline
    ],
)
def test_a_publisher_over_the_section_kicker_over_the_headline_is_the_source(
    stamp: str,
) -> None:
    drafts = split(
        "Home\nPolitics\nSport\nHarbour Wire\nECONOMY\n"
        "Harbour board votes to close Lorvik's old grain quay to freight\n" + stamp + _STORY_TEXT,
        "https://www.portal.example/economy/2025/11/20/harbour-board-grain-quay.htm",
    )
    article = lead(drafts)
    assert article.title == "Harbour board votes to close Lorvik's old grain quay to freight"
    assert article.source == "Harbour Wire"


def test_a_menu_item_over_the_section_kicker_is_no_source() -> None:
    drafts = split(
        "Home\nPolitics\nSport\nWeather\nECONOMY\n"
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "Published 20/11/2025 - 10:15\n" + _STORY_TEXT,
        "https://www.portal.example/economy/2025/11/20/harbour-board-grain-quay.htm",
    )
    assert lead(drafts).source is None


@pytest.mark.parametrize(
    "header",
    [
        # headline / byline / stamp / a control under the stamp
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "EDDA MARSTRAND\n"
        "Fri, 20 November 2025 at 9:15 AM UTC\n"
        "Font size: small medium large\n",
        # headline / byline / stamp / a promo
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "EDDA MARSTRAND\n"
        "Fri, 20 November 2025 at 9:15 AM UTC\n"
        "Pin Lorvik Post to Your Start Page\n",
    ],
)
def test_a_storys_byline_and_stamp_read_as_a_cards_header_leave_it_the_headline_over_them(
    header: str,
) -> None:
    drafts = split(
        "Lorvik Post\nNews\nHarbour\n" + header + _STORY_TEXT,
        "https://www.lorvik.example/article/4471302",
    )
    article = lead(drafts)
    assert article.title == "Harbour board votes to close Lorvik's old grain quay to freight"
    assert "Lorvik's harbour board voted" in article.body


@pytest.mark.parametrize(
    ("upper", "lower", "deck"),
    [
        # a headline over a shorter standfirst (both of a headline's length)
        (
            "Harbour board votes to close Lorvik's old grain quay to freight next spring",
            "Freight moves to the northern terminal, dockers fear for their jobs",
            True,
        ),
        # a short headline over a longer standfirst
        (
            "Lorvik closes its grain quay",
            "Freight moves to the northern terminal in March, and the dockers fear for jobs",
            True,
        ),
        # an alert over a headline
        ("Weather warning: gales on Friday", "Harbour board votes to close the grain quay", False),
        # the headline printed again under a breadcrumb glued to it
        (
            "Business›Harbour›Harbour board votes to close Lorvik's old grain quay to freight",
            "Harbour board votes to close Lorvik's old grain quay to freight",
            False,
        ),
    ],
)
def test_a_line_under_a_headline_of_a_standfirsts_length_is_its_standfirst(
    upper: str, lower: str, deck: bool
) -> None:
    f = _features((upper, lower), None)
    assert _deck_under(f, 1, 0) is deck


@pytest.mark.parametrize(
    ("menu", "headline"),
    [
        (
            "Lorvik\nNorthport\nTarnby\nLake Vessa\n",
            "Harbour board votes to close Lorvik's old grain quay to freight",
        ),
        # a headline that reads as a sentence
        (
            "Lorvik Post\nEconomy\nHarbour\n",
            "Harbour board votes to close Lorvik's old grain quay to freight – dockers speak "
            "of «betrayal»",
        ),
    ],
)
def test_a_line_over_the_menu_over_the_headline_is_the_pages_chrome(
    menu: str, headline: str
) -> None:
    drafts = split(
        "Jump to the main text\n"
        + menu
        + headline
        + "\nFreight moves to the northern terminal in March, the board said.\n"
        "By Edda Marstrand\n20 Nov 2025 09:15\n" + _STORY_TEXT,
        "https://www.lorvik.example/article/4471302",
    )
    assert lead_title(drafts) == headline


def test_an_author_and_newsroom_between_headline_and_standfirst_are_no_menu() -> None:
    drafts = split(
        "Harbour board votes to close Lorvik's old grain quay to freight\n"
        "Edda Marstrand\nHarbour Wire\n"
        "Freight moves to the northern terminal in March and the dockers fear for jobs\n"
        + _STORY_TEXT,
        "https://www.lorvik.example/article/4471302",
    )
    assert lead_title(drafts) == "Harbour board votes to close Lorvik's old grain quay to freight"


@pytest.mark.parametrize(
    ("lines", "furniture"),
    [
        # a standfirst under a headline, shorter than it
        (
            (
                "Harbour board votes to close Lorvik's old grain quay to freight next spring",
                "Cargo moves to the northern terminal after inspectors condemn the piles",
            ),
            True,
        ),
        # a headline under a header's UI line
        (
            (
                "Listen to this story",
                "Harbour board votes to close Lorvik's old grain quay to freight",
            ),
            False,
        ),
    ],
)
def test_a_standfirst_under_its_headline_is_header_furniture(
    lines: tuple[str, str], furniture: bool
) -> None:
    assert _furniture(_features(lines, None), 1) is furniture


STATION_STORY = """\
Valley Public Radio
News
Programs
Morning Edition
{menu_last}
Wheat farmers brace for a third dry spring in the river valley
VPR | By Nora Castell
Published March 3, 2025 at 6:00 AM CST
Farmers along the river valley are planting less wheat this spring after two dry years left \
the soil too hard to work in places.
The county extension office says yields fell by a third last year, and many growers have \
asked the bank to defer their loan payments until the autumn.
Related Content
Irrigation districts ask growers to cut pumping by a fifth
Two irrigation districts voted on Tuesday to seek voluntary cuts from growers.
Nora Castell
February 24, 2025
Politics
Lawmakers send rural water funding bill to governor
February 10, 2025
"""


def test_the_menus_events_item_over_the_headline_is_no_source() -> None:
    drafts = split(STATION_STORY.format(menu_last="Events"))
    assert lead(drafts).title == "Wheat farmers brace for a third dry spring in the river valley"
    assert lead(drafts).source is None
    # must-stay: an outlet's name over the headline on the same page is still its source
    drafts = split(STATION_STORY.format(menu_last="The Independent"))
    assert lead(drafts).source == "The Independent"


CAPTIONED_STORY = """\
Strona główna
Kraj
Świat
Biznes
Rada miasta przyjęła budżet na 2027 rok. Deficyt wyniesie 120 mln zł.
05.03.2026 10:15
Radni na środowej sesji przyjęli budżet miasta na przyszły rok większością głosów, \
a deficyt ma zostać pokryty z emisji obligacji komunalnych.
{caption}
Prezydent miasta zapowiedział, że największe wydatki pójdą na komunikację publiczną oraz \
remonty szkół podstawowych w dzielnicach wschodnich.
Opozycja krytykuje poziom zadłużenia i zapowiada, że złoży wniosek o kontrolę wydatków \
inwestycyjnych do regionalnej izby obrachunkowej.
Skarbnik miasta przypomniała, że wpływy z podatku od nieruchomości wzrosną w przyszłym roku \
o kilka procent, a miasto otrzyma też wyższą subwencję oświatową z budżetu państwa.
"""


def test_a_credited_caption_after_the_first_paragraph_keeps_the_headline() -> None:
    # a headline that reads as two sentences (its last word an abbreviation with a full
    # stop) is found over its stamp although a photo stands under the first paragraph
    caption = "Sala obrad rady miasta. Fot. PAP/Jan Kowalski"
    drafts = split(CAPTIONED_STORY.format(caption=caption))
    story = lead(drafts)
    assert story.title.startswith("Rada miasta przyjęła budżet")
    assert "Radni na środowej sesji" in story.body
    assert "Opozycja krytykuje poziom zadłużenia" in story.body
    assert "Fot. PAP" not in story.body


def test_prose_run_skips_a_caption_only_between_paragraphs() -> None:
    para = (
        "Radni na środowej sesji przyjęli budżet miasta na przyszły rok większością "
        "głosów, a deficyt ma zostać pokryty z emisji obligacji komunalnych, które miasto "
        "sprzeda jeszcze przed końcem roku."
    )
    caption = "Sala obrad rady miasta. Fot. PAP/Jan Kowalski"
    f = _features([para, caption, para, para], None)
    assert _prose_run(f, 4) == 0
    # must-stay: a credited line over a card's title (no paragraph under it) ends the run
    f = _features([para, caption, "Tramwaje wracają na ulice", para, para, para], None)
    assert _prose_run(f, 6) == 3


def test_a_latest_list_pairs_each_stamp_with_the_title_under_it() -> None:
    # "Najnowsze" ("Latest") over stamp / title items, under a bare list of titles: each
    # card its own stamp, not the one under it (the bare list's last title is no card)
    caption = "Sala obrad rady miasta. Fot. PAP/Jan Kowalski"
    page = CAPTIONED_STORY.format(caption=caption) + (
        "Zobacz także\n"
        "Radni chcą wyższych podatków od nieruchomości\n"
        "Miasto sprzeda obligacje komunalne za 200 mln zł\n"
        "Najnowsze\n"
        "05.03.2026 11:24\n"
        "Sejm uchwalił nowelizację ustawy o podatku od nieruchomości\n"
        "05.03.2026 11:11\n"
        "Nowy trener Lecha Poznań podpisał kontrakt do końca sezonu\n"
    )
    drafts = split(page)
    assert lead(drafts).title.startswith("Rada miasta przyjęła budżet")
    cards = {draft.title: draft.time_text for draft in drafts if draft.role == "related"}
    assert cards == {
        "Sejm uchwalił nowelizację ustawy o podatku od nieruchomości": "05.03.2026 11:24",
        "Nowy trener Lecha Poznań podpisał kontrakt do końca sezonu": "05.03.2026 11:11",
    }
    # must-stay: a sentence opening with the word is the story's text
    drafts = split(page.replace("Skarbnik miasta", "Najnowsze dane pokazują, że skarbnik"))
    assert "Najnowsze dane pokazują" in lead(drafts).body
