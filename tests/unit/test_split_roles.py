"""The page-level verdicts on the cards: which one is the lead, and where it stands."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str, url: str | None = None) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


RAIL_OVER_STORY = """\
Quillmere Portal
News
Weather
Tarn Valley Echo · 3h
Tarn Valley bridge repairs pushed back to spring
Brackenford Mercury · 5h
Brackenford library extends its winter opening hours
Osterby Daily
Story by Mira Lenholt
 • 2h
Osterby harbour to reopen to cruise ships in April
The harbour at Osterby will reopen to cruise ships in April after a two-year rebuild of \
its northern quay, the port authority said on Saturday.
The authority said the new quay could take ships of up to 300 metres, and that eleven \
calls had already been booked for the first season.
Local traders welcomed the news but asked for more buses between the quay and the old town.
More for you
Tarn Valley Echo · 4h
Flood barrier test planned for Tarn Valley on Sunday
Crews will close the barrier for an hour at noon.
"""


def test_a_main_story_under_a_rail_of_cards_is_position_zero() -> None:
    drafts = split(RAIL_OVER_STORY)
    assert [d.role for d in drafts] == ["lead", "related", "related", "related"]
    assert [d.title for d in drafts] == [
        "Osterby harbour to reopen to cruise ships in April",
        "Tarn Valley bridge repairs pushed back to spring",
        "Brackenford library extends its winter opening hours",
        "Flood barrier test planned for Tarn Valley on Sunday",
    ]
    assert [d.position for d in drafts] == [0, 1, 2, 3]


def _card(source: str, age: str, title: str, summary: str) -> str:
    return f"{source}\n{age}\n{title}\n{summary}\n"


LIKE_CARDS = (
    _card(
        "Brackenford Mercury",
        "4 hours ago",
        "Ferry crews vote to strike over new rosters",
        "The vote was carried by a wide margin at the union's Brackenford branch.",
    )
    + _card(
        "Osterby Daily",
        "6 hours ago",
        "Island shops stock up ahead of the ferry walkout",
        "Grocers on Lumsey say deliveries have doubled this week.",
    )
    + "See more stories\n"
)

TOP_CARD = _card(
    "Tarn Valley Echo",
    "2 hours ago",
    "Ferry strike set to halt crossings to Lumsey for three days",
    "Crossings between Brackenford and the island of Lumsey will stop from Tuesday after "
    "deckhands and engineers backed a three-day walkout, leaving around 4,000 islanders "
    "with no way to the mainland except a twice-weekly flight, and the operator said it "
    "would refund every ticket already sold for the affected sailings.",
)


FLASH_OVER_UNHEADED_LIST = """\
Home
World
Business
Quarry blast kills two near Velmora
By Arlen Teske
June 2, 2025 7:12 AM
VELMORA, June 2 (Newswire) - An explosion at a limestone quarry near Velmora killed two \
workers and injured five others on Monday morning, police said, adding that the cause of \
the blast was not yet known and that the quarry, which employs about ninety people, had \
been closed while inspectors examine the site.
Harbour workers strike for third day
June 2, 2025 5:40 AM
Dock workers in Pellby stayed off the job for a third day on Monday, halting container \
traffic as talks with port owners stalled.
Rail fares to rise in autumn
June 1, 2025 9:15 PM
The national rail operator said fares would rise by four percent from September, citing \
higher energy costs.
Museum reopens after two-year refit
June 1, 2025 6:00 PM
The city museum reopened its doors on Sunday after a refit that cost twelve million crowns.
"""


def test_a_one_paragraph_flash_over_an_unheaded_list_of_like_cards_stays_the_lead() -> None:
    # a flash of one paragraph has the shape of the summaries under it: nothing but its own
    # header tells it from a card, so a list of like cards is no reason to take its role
    drafts = split(FLASH_OVER_UNHEADED_LIST)
    assert drafts[0].title == "Quarry blast kills two near Velmora"
    assert drafts[0].role == "lead"
    assert [d.role for d in drafts[1:]] == ["related"] * 3


def test_a_short_flash_over_a_list_under_its_heading_stays_the_lead() -> None:
    """Must stay: a two-sentence wire flash printed like the cards (source, stamp, one
    paragraph), the cards under a heading of their own."""
    drafts = split("Quillmere Portal\nNews\n" + TOP_CARD + "More news\n" + LIKE_CARDS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Ferry strike set to halt crossings to Lumsey for three days"
    assert [d.role for d in drafts[1:]] == ["related", "related"]


def test_a_short_brief_of_several_paragraphs_over_like_cards_stays_the_lead() -> None:
    """Must stay: a brief in paragraphs is a story even when the cards under it print
    their summaries with the same furniture."""
    brief = _card(
        "Tarn Valley Echo",
        "2 hours ago",
        "Ferry strike set to halt crossings to Lumsey for three days",
        "Crossings between Brackenford and Lumsey will stop from Tuesday.\n"
        "Deckhands and engineers backed the walkout by a wide margin on Monday night, and "
        "the operator said it would refund every ticket already sold for those sailings.",
    )
    drafts = split("Quillmere Portal\nNews\n" + brief + LIKE_CARDS)
    assert drafts[0].role == "lead"
    assert [d.role for d in drafts[1:]] == ["related", "related"]


def test_a_flash_printed_unlike_the_cards_under_it_stays_the_lead() -> None:
    """Must stay: the site's own flash (no publisher line) over publishers' cards."""
    flash = TOP_CARD.replace("Tarn Valley Echo\n", "", 1)
    drafts = split("Quillmere Portal\nNews\n" + flash + LIKE_CARDS)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Ferry strike set to halt crossings to Lumsey for three days"


STAMPLESS_LIST = """\
Quillmere Portal
Home
Tarn Valley Echo
Osterby quay rebuild finishes two months early
Crews handed the new quay over to the port on Friday.
Brackenford Mercury
Library in Brackenford keeps winter hours
The council found the money in its arts budget.
Osterby Daily
Lumsey ferry fares frozen for another year
The operator said fuel prices had settled.
Tarn Valley Echo
Flood barrier passes its first winter test
Engineers closed it for an hour at noon.
Privacy
"""


def test_a_list_of_stampless_cards_is_no_notice() -> None:
    """Headline / one-line summary four times, no stamp, no heading over the list: the
    first text is too thin for a story, and the list is no notice either."""
    drafts = split(STAMPLESS_LIST)
    assert [d.title for d in drafts] == [
        "Osterby quay rebuild finishes two months early",
        "Library in Brackenford keeps winter hours",
        "Lumsey ferry fares frozen for another year",
        "Flood barrier passes its first winter test",
    ]
    assert [d.role for d in drafts] == ["related"] * 4
    assert drafts[2].body == "The operator said fuel prices had settled."


def test_a_section_front_of_headline_links_and_one_standfirst_has_no_article() -> None:
    """Must stay: one headline with a standfirst over bare headline links is no list of
    teasers."""
    page = """\
Quillmere Courier
Coast
Harbour towns brace for the highest tides in a decade
Sandbags are being handed out in Osterby, Lumsey and along the Tarn estuary.
Why the Lumsey lighthouse is moving inland
Seal pups counted on the Osterby sandbanks
What a wetter spring means for Tarn Valley farms
About us
"""
    assert split(page) == []


def test_a_notice_in_sentences_has_no_article() -> None:
    """Must stay: a page gone missing, in two sentences to the reader."""
    page = """\
Quillmere Courier
We can't find that page
The link you followed may be broken, or the page may have been moved.
Try the search box above, or return to the front page for today's news.
Home
"""
    assert split(page) == []


def test_a_two_sentence_flash_alone_on_its_page_is_the_lead() -> None:
    """Must stay a story: a headline over its stamp and two short sentences, nothing else."""
    page = """\
Quillmere Courier
News
Grain ship loses power off Osterby
14 March 2026, 09:05
A grain carrier lost power two miles off Osterby early on Saturday, the coastguard said. \
Tugs have taken it in tow.
Share
"""
    drafts = split(page)
    assert [(d.role, d.title) for d in drafts] == [("lead", "Grain ship loses power off Osterby")]


def test_a_brief_alone_on_its_page_is_the_lead() -> None:
    page = """\
Quillmere Courier
News
Lumsey school reopens
By Courier Staff
14 March 2026
Lumsey's primary school reopened on Friday after the roof repairs finished a week early.
Share
"""
    drafts = split(page)
    assert [(d.role, d.title) for d in drafts] == [("lead", "Lumsey school reopens")]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            """\
Home
Travel
What you need to know about Monday's rail strike
2 hours ago
Trains between Velmora and Pellby will not run on Monday as drivers strike over pay, the \
operator said.
If you have a ticket for Monday, you can use it on Tuesday or ask for a refund at any station.
""",
            id="a service brief to the reader",
        ),
        pytest.param(
            """\
Home
News
Our town's library reopens after the flood
June 2, 2025
The Velmora library reopened on Monday, eight months after the river flooded its ground \
floor and destroyed 12,000 books.
We visited on the first morning and found a queue outside the door.
""",
            id="a local story in the paper's voice",
        ),
        pytest.param(
            """\
Home
World
Earthquake hits Tarnby region
June 2, 2025 7:12 AM
Earthquake hits Tarnby region with magnitude 5.8, the national seismic service said on Monday.
There were no immediate reports of casualties.
""",
            id="a flash restating its headline",
        ),
        pytest.param(
            """\
Home
Sport
We are the champions again, says Rovers captain
June 2, 2025
Rovers captain Jon Kerr lifted the league trophy on Sunday after a 2-0 win over Albion in \
front of 30,000 fans.
We did it for the town, he told reporters after the match.
""",
            id="a quote headline",
        ),
    ],
)
def test_a_short_stamped_story_alone_on_its_page_stays_an_article(page: str) -> None:
    # a stamp under the heading: a short story that says "we" or restates its headline is
    # no notice of the site's (notices carry no stamp)
    drafts = split(page)
    assert len(drafts) == 1
    assert page.splitlines()[-1] in drafts[0].body


def test_a_short_text_to_the_reader_alone_on_its_page_is_kept() -> None:
    """Must stay: a service brief that speaks to the reader is no notice of the site's."""
    page = """\
Quillmere Courier
News
Bin collections move for the holiday
14 March 2026
If you live in Lumsey, your bins will be collected on Tuesday instead of Monday this week.
Share
"""
    assert [d.title for d in split(page)] == ["Bin collections move for the holiday"]


@pytest.mark.parametrize(
    ("page", "url"),
    [
        pytest.param(
            """\
Home
World
Business
Quarry blast kills two
By Arlen Teske
June 2, 2025 7:12 AM
VELMORA, June 2 (Newswire) - An explosion at a limestone quarry near Velmora killed \
two workers and injured five others on Monday morning, police said, adding that the \
cause of the blast was not yet known and that the quarry, which employs about ninety \
people, had been closed while inspectors examine the site.
Harbour workers strike for third day
June 2, 2025 5:40 AM
Dock workers in Pellby stayed off the job for a third day on Monday, halting \
container traffic as talks with port owners stalled.
Rail fares to rise in autumn
June 1, 2025 9:15 PM
The national rail operator said fares would rise by four percent from September, \
citing higher energy costs.
Museum reopens after two-year refit
June 1, 2025 6:00 PM
The city museum reopened its doors on Sunday after a refit that cost twelve million \
crowns.
""",
            "https://example.org/world/2025/06/02/quarry-blast",
            id="a story at a dated URL",
        ),
        pytest.param(
            """\
Home
News
Tarnby floods: latest
Updated 2 minutes ago
Rivers across the Tarnby region are expected to peak this afternoon after three days \
of rain. Here is the latest.
11:42
The regional council says 400 homes have now been evacuated in the lower valley, and \
two schools are being used as shelters.
11:15
Police have closed the Pellby road bridge. "Do not try to cross flooded roads," a \
spokesperson said.
10:58
The weather service has lowered its warning for the north of the region from red to \
amber.
10:31
Rail services between Tarnby and Velmora are suspended until at least Wednesday, the \
operator said.
More news
Council approves new harbour wall
3 hours ago
""",
            "https://example.org/news/tarnby-floods",
            id="an unlabelled live blog",
        ),
        pytest.param(
            """\
Home
News
Missing hiker found safe
A hiker who failed to return from the Velmora fells on Sunday evening has been found \
safe and well, police said on Monday.
The 54-year-old was spotted by a helicopter crew at first light after a search \
lasting more than twelve hours. He was taken to hospital as a precaution.
More news
Harbour workers strike for third day
2 hours ago
Rail fares to rise in autumn
3 hours ago
""",
            "https://example.org/news/hiker-found-safe",
            id="a story with no byline or stamp",
        ),
        pytest.param(
            """\
Inicio
Sociedad
Valdora abrirá nuevas bibliotecas
El ayuntamiento de Valdora abrirá dos nuevas bibliotecas municipales el próximo año \
en los barrios del norte, anunció este martes la alcaldesa en una rueda de prensa.
Las obras costarán 4,2 millones de euros y empezarán en febrero, según el proyecto \
aprobado por el pleno.
Más noticias
El puerto amplía su horario de verano
hace 2 horas
Cortes de tráfico en el centro por obras
hace 3 horas
""",
            "https://example.es/sociedad/nuevas-bibliotecas",
            id="a story with no byline or stamp, in Spanish",
        ),
    ],
)
def test_a_story_whose_short_headline_holds_its_short_slug_keeps_its_lead(
    page: str, url: str
) -> None:
    # the story's own headline prints its short slug's words, as a section's heading prints
    # its section's: a page named by its URL is no sign of a page without a story
    drafts = split(page, url)
    assert drafts[0].role == "lead"
    assert len(drafts[0].title.split()) >= 3  # (the headline, not a menu item)
