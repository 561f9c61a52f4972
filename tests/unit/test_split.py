"""split: the lead and its teasers, found from signals on pages that are not the sample."""

from datetime import UTC, datetime

import pytest

from schemas.article import Caption
from streams.captions import extract_captions, split_credit
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _section_path
from streams.split_page import _features
from streams.timestamps import resolve_time

FETCHED = datetime(2025, 6, 17, 20, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


WIRE_PAGE = """\
Skip to main content
Reuters home
World
Business
Markets
Chile's central bank holds rate at 5%, signals cuts later this year
By Fabian Cambero
June 17, 2025
6:05 PM GMT+1
Updated 2 hours ago
Share
X
Facebook
Email
A trader walks past the central bank building in Santiago, Chile, June 17, 2025. \
REUTERS/Ivan Alvarado
SANTIAGO, June 17 (Reuters) - Chile's central bank held its benchmark interest rate at 5% \
on Tuesday, as expected, and said it could resume cutting later this year if inflation keeps easing.
"The board will evaluate future rate moves in light of the evolution of the macroeconomic \
scenario," the bank said in a statement.
Analysts polled by
Reuters
had expected the rate to stay on hold after annual inflation slowed to 4.4% in May.
Reporting by Fabian Cambero; Editing by Sandra Maler
Our Standards: The Thomson Reuters Trust Principles.
Read Next
Peru's central bank holds rate as inflation cools
Brazil's Lula signs soy moratorium into law
© 2025 Reuters. All rights reserved
"""


def test_wire_article() -> None:
    drafts = split(WIRE_PAGE)
    assert len(drafts) == 1  # the "Read Next" headline list is navigation
    lead = drafts[0]
    assert lead.role == "lead" and lead.position == 0
    assert lead.title == "Chile's central bank holds rate at 5%, signals cuts later this year"
    assert lead.source is None  # the dateline's "(Reuters)" is article text, not a source
    assert lead.time_text == "June 17, 2025 6:05 PM GMT+1"  # two-line stamp, not the update
    assert resolve_time(lead.time_text, FETCHED) == datetime(2025, 6, 17, 17, 5, tzinfo=UTC)
    assert lead.body.startswith("SANTIAGO, June 17 (Reuters) - Chile's central bank held")
    assert "Analysts polled by Reuters had expected the rate to stay on hold" in lead.body
    for junk in ("By Fabian", "Share", "Reporting by", "Our Standards", "Peru's", "©"):
        assert junk not in lead.body
    assert lead.captions == (
        Caption(
            text="A trader walks past the central bank building in Santiago, Chile, June 17, 2025.",
            credit="REUTERS/Ivan Alvarado",
        ),
    )
    assert "\n\n" in lead.body  # paragraphs separated by a blank line


PORTAL_PAGE = """\
NewsHub
Home
World
Business
The Guardian
Heatwave warning as UK braces for hottest day of the year with 34C forecast
Story by Holly Evans
• 3h •
Amber heat health alerts have been issued for much of England as temperatures are expected to \
climb to 34C on Saturday, making it the hottest day of the year so far.
The UK Health Security Agency said the alert, which runs until 9am on Monday, meant significant \
impacts were likely across health and social care services.
More for you
Reuters • 4h
Drought declared in north-west England after driest spring in over a century
The Environment Agency has moved the north-west into drought status.
Sponsored
Seniors are ditching their cars for this sleek new scooter
ScooterPro
BBC
1d
Wimbledon to allow spectators to bring their own water bottles
Sky News
45m
Firefighters tackle large grass fire on Dartmoor
Privacy & Cookies
"""


def test_portal_lead_and_teaser_cards() -> None:
    drafts = split(PORTAL_PAGE)
    assert [(d.role, d.source, d.time_text) for d in drafts] == [
        ("lead", "The Guardian", "3h"),
        ("related", "Reuters", "4h"),
        ("related", "BBC", "1d"),
        ("related", "Sky News", "45m"),
    ]
    assert drafts[0].title.startswith("Heatwave warning as UK braces")
    assert "Story by" not in drafts[0].body
    assert drafts[1].title == (
        "Drought declared in north-west England after driest spring in over a century"
    )
    assert drafts[1].body == "The Environment Agency has moved the north-west into drought status."
    assert drafts[2].title == "Wimbledon to allow spectators to bring their own water bottles"
    assert drafts[2].body == ""  # a teaser may have no body
    assert all("scooter" not in d.body and "scooter" not in d.title for d in drafts)  # an ad


def test_teaser_without_source_line() -> None:
    drafts = split(
        "Latvian rail operator cuts 600 jobs as freight from Russia dries up\n"
        "Published: 2025-06-01 14:30 GMT\n"
        "Latvia's state rail freight company will cut about 600 jobs, nearly a fifth of its "
        "workforce, after transit volumes from Russia and Belarus fell to their lowest level.\n"
        "The company said freight turnover in the first five months was 41% lower than a year "
        "earlier.\n"
        "\n"
        "Latest news\n"
        "2025-06-01 12:10 GMT\n"
        "Estonia raises defence spending target to 5% of GDP\n"
        "The government agreed to reach the new level by 2026, two years earlier than planned.\n"
    )
    assert [(d.role, d.source, d.time_text) for d in drafts] == [
        ("lead", None, "Published: 2025-06-01 14:30 GMT"),
        ("related", None, "2025-06-01 12:10 GMT"),
    ]
    assert drafts[1].title == "Estonia raises defence spending target to 5% of GDP"


def test_page_without_article_gives_nothing() -> None:
    for page in (
        "The Courier Herald\nNews\nSport\nBusiness\n404\nPage not found\n"
        "Sorry, we couldn't find the page you were looking for. It may have been moved.\n"
        "Go to homepage\nPopular right now\nCouncil approves plans for 1,200 new homes\n"
        "Police appeal after cyclist injured in hit-and-run\n",
        "The Morning Dispatch\nWe value your privacy\n"
        "We and our 842 partners store and/or access information on a device, such as cookies "
        "and process personal data, such as unique identifiers and standard information.\n"
        "Accept all\nReject all\nMORE OPTIONS\n",
        "Home\nNews\nSport\nWeather\nSign in\nSubscribe\n© 2025 Example Media\n",
        "",
    ):
        assert split(page) == []


def test_live_blog_is_one_article_with_its_entries() -> None:
    drafts = split(
        "Home\nNews\n"
        "Live\n"
        "Storm Floris: Thousands without power as 100mph gusts hit Scotland\n"
        "Updated 5 mins ago\n"
        "Summary\n"
        "Posted at 14:52\n"
        "Trees down on the A9 near Dalwhinnie\n"
        "Police Scotland says the A9 is closed in both directions after trees came down.\n"
        "Share\n"
        "Posted at 14:30\n"
        "Ferries cancelled to the Northern Isles\n"
        "CalMac and NorthLink have cancelled all afternoon sailings, with disruption expected.\n"
        "\n"
        "More on this story\n"
        "What is a named storm?\n"
        "Published 2 hours ago\n"
    )
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        ("lead", "Storm Floris: Thousands without power as 100mph gusts hit Scotland",
         "Updated 5 mins ago"),
        ("related", "What is a named storm?", "Published 2 hours ago"),
    ]  # fmt: skip
    body = drafts[0].body
    for kept in ("Posted at 14:52", "Trees down on the A9", "Posted at 14:30", "CalMac"):
        assert kept in body
    assert "Share" not in body and "Updated 5 mins ago" not in body


def test_inline_read_more_links_leave_the_body() -> None:
    drafts = split(
        "French farmers block Paris ring road over Mercosur trade deal\n"
        "Hundreds of French farmers blocked sections of the Paris ring road with tractors on "
        "Sunday, stepping up their protest against a trade agreement with South America.\n"
        "Read more\n"
        "EU and Mercosur seal trade deal after 25 years of talks\n"
        "The FNSEA, France's largest farm union, says the deal would expose European producers "
        "to unfair competition from Brazilian and Argentine beef and poultry.\n"
    )
    assert len(drafts) == 1
    assert "EU and Mercosur seal" not in drafts[0].body
    assert "The FNSEA, France's largest farm union" in drafts[0].body


def test_headline_over_standfirst_and_author() -> None:
    drafts = split(
        "OPINION\n"
        "The four-day week is coming. Britain should stop pretending otherwise\n"
        "Companies that tried it are not going back. The government's caution looks less like "
        "prudence every month\n"
        "Priya Raman\n"
        "Sat 14 Jun 2025 06.00 BST\n"
        "When 61 British companies tried a four-day week in 2022, sceptics predicted a wave of "
        "quiet failures. Three years on, 54 of them are still doing it, and most say they will "
        "never go back.\n"
        "That is not a fad. It is a shift in how work is organised, whether ministers like it or "
        "not.\n"
    )
    assert len(drafts) == 1
    lead = drafts[0]
    assert lead.title == "The four-day week is coming. Britain should stop pretending otherwise"
    assert lead.source is None  # an author is not a publisher
    assert lead.body.startswith("Companies that tried it are not going back.")


def test_captions_with_credit_forms() -> None:
    assert split_credit("Troops in Seoul on Thursday. Photo: AFP") == (
        "Troops in Seoul on Thursday.",
        "AFP",
    )
    assert split_credit("He holds a press conference, December 10, 2024. (Reuters)") == (
        "He holds a press conference, December 10, 2024.",
        "Reuters",
    )
    assert split_credit("Ein ICE im Hauptbahnhof. Bild: picture alliance/dpa") == (
        "Ein ICE im Hauptbahnhof.",
        "picture alliance/dpa",
    )
    assert split_credit("Electeurs à Carouge, dimanche. (Photo : Keystone)") == (
        "Electeurs à Carouge, dimanche.",
        "Keystone",
    )
    assert split_credit("The court in Washington. Kent Nishimura/Getty Images") == (
        "The court in Washington.",
        "Kent Nishimura/Getty Images",
    )
    assert split_credit("Farmers on the road. © Thomas Samson, AFP") == (
        "Farmers on the road.",
        "Thomas Samson, AFP",
    )
    assert split_credit("Lorries at the border in Attari. | Photo Credit: The Daily Star") == (
        "Lorries at the border in Attari.",
        "The Daily Star",
    )
    assert split_credit("The ferry leaves the harbour. Photo / Mark Mitchell") == (
        "The ferry leaves the harbour.",
        "Mark Mitchell",
    )
    assert split_credit("Ministers sign the deal on Wednesday. (Ali Demir - Anadolu Agency)") == (
        "Ministers sign the deal on Wednesday.",
        "Ali Demir - Anadolu Agency",
    )
    assert split_credit("De serverhal van een datacenter. Beeld: Google") == (
        "De serverhal van een datacenter.",
        "Google",
    )
    assert split_credit("Posłowie podczas głosowania, 5 marca 2026 r. Fot. PAP/Paweł Nowak") == (
        "Posłowie podczas głosowania, 5 marca 2026 r.",
        "PAP/Paweł Nowak",
    )
    assert split_credit("Colheita de soja em fevereiro - Foto: Marcelo Camargo/Agência Brasil") == (
        "Colheita de soja em fevereiro",
        "Marcelo Camargo/Agência Brasil",
    )
    # a credit line under its caption, with a lower-case word in the agency's name
    assert split_credit("Photo : La Presse canadienne / Christinne Muschi") == (
        "",
        "La Presse canadienne / Christinne Muschi",
    )
    for prose in (
        "The World Health Organization (WHO)",
        "The talks ended. (Additional reporting)",
        "The minister said the photo: a fake.",
        "Prices rose and/or fell. He said yes/no",
    ):
        assert split_credit(prose) is None


def test_credits_without_a_full_stop_before_them() -> None:
    assert split_credit("Passengers wait at the port on Tuesday (Image: Reuters)") == (
        "Passengers wait at the port on Tuesday",
        "Reuters",
    )
    assert split_credit("A boy under a water pipe in Jacobabad [File: Asif Hassan/AFP]") == (
        "A boy under a water pipe in Jacobabad",
        "Asif Hassan/AFP",
    )
    assert split_credit("Cafezal atingido por geada em maio — Foto: Reprodução/EPTV") == (
        "Cafezal atingido por geada em maio",
        "Reprodução/EPTV",
    )
    assert split_credit("Un casello autostradale sulla A1 © ANSA") == (
        "Un casello autostradale sulla A1",
        "ANSA",
    )
    assert split_credit("The rate rose (from 2% to 3%)") is None


def test_a_credit_line_of_names_or_a_copyright_credits_the_paragraph_before() -> None:
    for credit_line, credit in (
        ("Christian Beutler / Keystone", "Christian Beutler / Keystone"),
        ("(AP Photo/John Locher)", "AP Photo/John Locher"),
        ("© picture alliance/dpa | Philipp Schulze", "picture alliance/dpa | Philipp Schulze"),
    ):
        body, captions = extract_captions(["Watchmakers in Le Brassus", credit_line, "Text."])
        assert body == ["Text."]
        assert captions == [Caption(text="Watchmakers in Le Brassus", credit=credit)]


def test_a_credit_line_alone_credits_the_paragraph_before() -> None:
    body, captions = extract_captions(["A crowd in the square on Friday.", "Photo: AFP", "Text."])
    assert body == ["Text."]
    assert captions == [Caption(text="A crowd in the square on Friday.", credit="AFP")]


def test_a_source_label_over_a_photographer_and_agency_ends_a_caption() -> None:
    assert split_credit("Cranes over the new terminal. Source: Mari Tamm/ETV") == (
        "Cranes over the new terminal.",
        "Mari Tamm/ETV",
    )
    assert split_credit("Exports fell in May. Source: Eurostat") is None  # a figure's source
    assert split_credit("Source: Site/xx") is None  # a desk trailer, no caption above it


def test_an_agency_after_a_dash_ends_a_one_sentence_caption() -> None:
    assert split_credit("Traders at the exchange in Karachi on Monday. — AFP") == (
        "Traders at the exchange in Karachi on Monday.",
        "AFP",
    )
    assert split_credit("Talks ended on Monday. Both sides said more were needed. — AFP") is None
    assert split_credit("The vote was close. — Editor") is None  # not an agency


def test_a_labelled_credit_after_a_dash_after_the_full_stop() -> None:
    assert split_credit("Cattle loaded onto a truck near Lethem. – Photo: Ann Ho") == (
        "Cattle loaded onto a truck near Lethem.",
        "Ann Ho",
    )


def test_a_slideshow_caption_printed_twice_with_its_counters_is_one_caption() -> None:
    text = "The mayor speaks to reporters in Lima, Peru."
    body, captions = extract_captions(
        [f"Photo 1 of 3 {text} REUTERS/Ana Ruiz", f"[1/3]{text} REUTERS/Ana Ruiz", "Text."]
    )
    assert body == ["Text."]
    assert captions == [Caption(text=text, credit="REUTERS/Ana Ruiz")]


def test_adversarial_input_completes() -> None:
    assert split(" " * 100_000) == []
    assert split("." * 100_000) == []
    assert split("Title\n" * 20_000) == []
    assert split_credit("A" * 100_000 + ". (Reuters)") == ("A" * 100_000 + ".", "Reuters")
    assert split_credit("(" * 50_000 + ")" * 50_000) is None
    assert split_credit("Photo: " * 20_000) is None
    # the headline shapes: a sentence and its credit, a path of sections, a clip's length
    assert not _is_title_at(("word " * 30_000) + "end. Getty Images")
    assert not _section_path("A B C D / " * 30_000)
    assert split("A teaser title about the economy\n1:36\n" * 10_000) == []


def _is_title_at(line: str) -> bool:
    return _features((line,)).is_title(0)


def test_many_cards_and_headings_split_in_one_pass() -> None:
    card = "Related Articles\nReuters\n4 hours ago\nA teaser title about the economy number {n}\n"
    drafts = split("".join(card.format(n=n) for n in range(5_000)))
    assert len(drafts) == 5_000
    assert all(d.source == "Reuters" and d.time_text == "4 hours ago" for d in drafts)
    assert drafts[-1].title == "A teaser title about the economy number 4999"
    assert drafts[0].role == "related"  # bare cards: no lead


@pytest.mark.parametrize(
    ("paragraph", "text", "credit"),
    [
        (
            "Homes that have been empty for two years (File image: RollingNews.ie)",
            "Homes that have been empty for two years",
            "RollingNews.ie",
        ),
        (
            "Shopify's offices in Ottawa. The cuts hit sales roles.Justin Tang/The Canadian Press",
            "Shopify's offices in Ottawa. The cuts hit sales roles.",
            "Justin Tang/The Canadian Press",
        ),
        ("HDB flats in Tampines. ST PHOTO: LIM YAOHUI", "HDB flats in Tampines.", "LIM YAOHUI"),
        (
            "Studenten in de collegezaal. Beeld ANP / Robin van Lonkhuijsen",
            "Studenten in de collegezaal.",
            "ANP / Robin van Lonkhuijsen",
        ),
        (
            "A Nissan logo is seen in Yokosuka. REUTERS/Kim Kyung-Hoon/File Photo",
            "A Nissan logo is seen in Yokosuka.",
            "REUTERS/Kim Kyung-Hoon/File Photo",
        ),
        (
            "Fachada do Banco Central em Brasília - Pedro Ladeira - 12.jan.2026/Folhapress",
            "Fachada do Banco Central em Brasília",
            "Pedro Ladeira - 12.jan.2026/Folhapress",
        ),
        ("Hyman celebrates at Rogers Place. Photo by Ian Kucerak /Postmedia",
         "Hyman celebrates at Rogers Place.", "Ian Kucerak /Postmedia"),
        ("Il premier Giorgia Meloni a Palazzo Chigi (Ansa)",
         "Il premier Giorgia Meloni a Palazzo Chigi", "Ansa"),
        ("Louise Johns for Public Radio", "", "Louise Johns for Public Radio"),
        ("Mario Tama via Getty Images", "", "Mario Tama via Getty Images"),
        ("(Bild: heise online / Andreas Wilkens)", "", "heise online / Andreas Wilkens"),
    ],
)  # fmt: skip
def test_more_credit_forms(paragraph: str, text: str, credit: str) -> None:
    assert split_credit(paragraph) == (text, credit)


def test_a_labelled_headline_is_no_credit_line() -> None:
    assert split_credit("Photos: Holi festival colors streets across India and Nepal") is None
    assert split_credit("Trump Pushes for Deal With China") is None  # no "Name for Paper"
    assert split_credit("Streit um Haushalt: Merz attackiert Klingbeil (SPD)") is None
    assert split_credit("Photo: Jane Doe") == ("", "Jane Doe")
    assert split_credit("Biden Speaks via Video Link") is None  # (no photo agency)


ARTICLE_TEXT = (
    "The council voted on Monday to approve the plan after a long debate about its cost. "
    "Officials said the first works would begin in the autumn and last about two years.\n"
    "Residents who opposed the scheme said they would keep campaigning against it, and "
    "asked the council to publish the full costings before any contract is signed.\n"
)


def test_a_caption_printed_under_its_credit_above_the_text_is_a_caption() -> None:
    page = (
        "Ferry handover pushed back to next spring after new delays\n"
        "Kirsty Lang\n"
        "Political correspondent\n"
        "PA Media\n"
        "The ferry was launched in 2024 but is still not ready for service\n" + ARTICLE_TEXT
    )
    (lead,) = split(page)
    assert lead.captions == (
        Caption(
            text="The ferry was launched in 2024 but is still not ready for service",
            credit="PA Media",
        ),
    )
    assert "still not ready" not in lead.body


def test_a_place_after_the_date_is_no_source() -> None:
    page = (
        "Kenyan tea farmers are being squeezed by falling prices\n"
        "Jun 4th 2025|NAIROBI\n" + ARTICLE_TEXT
    )
    (lead,) = split(page)
    assert lead.source is None


def test_an_agency_name_in_the_header_is_the_source_and_a_section_pair_is_not() -> None:
    page = (
        "Nation & World\n"
        "Union workers at battery plant ratify their first contract\n"
        "BY ED WALLACE\n"
        "Associated Press\n"
        "Jun 2, 2025 at 10:30 a.m. ET\n" + ARTICLE_TEXT
    )
    (lead,) = split(page)
    assert lead.source == "Associated Press"


def test_an_authors_role_under_the_name_is_no_title() -> None:
    page = (
        "Housing agency to buy 2,000 vacant homes from investment funds\n"
        "Conor Gallagher\n"
        "Housing Correspondent\n"
        "Mon Jun 02 2025 - 14:05\n" + ARTICLE_TEXT
    )
    (lead,) = split(page)
    assert lead.title == "Housing agency to buy 2,000 vacant homes from investment funds"


def test_reader_comments_are_no_articles() -> None:
    page = (
        "Load-shedding is gone, but the grid's hardest decade is only beginning\n"
        "02 Jun 2025 14:05 SAST\n" + ARTICLE_TEXT + "Comments (14)\n"
        "Please peer review 3 community comments before your comment can be posted\n"
        "Jan van Wyk\n"
        "2 hours ago\n"
        "Spot on. The transmission backlog is the story nobody is covering.\n"
        "Reply\n"
    )
    assert [draft.role for draft in split(page)] == ["lead"]


def test_a_card_printing_its_source_between_title_and_summary() -> None:
    page = (
        "Topic: Heatwave\n"
        "Full coverage\n"
        "Power demand hits all-time peak of 250 GW\n"
        "The Economic Times\n"
        "Grid operators said evening demand crossed the previous record set last May.\n"
        "3 hours ago\n"
        "Schools to stay shut until the middle of the month\n"
        "The Hindu\n"
        "The state government ordered all schools closed as temperatures kept rising.\n"
        "5 hours ago\n"
    )
    drafts = split(page)
    assert [(d.title, d.source) for d in drafts] == [
        ("Power demand hits all-time peak of 250 GW", "The Economic Times"),
        ("Schools to stay shut until the middle of the month", "The Hindu"),
    ]


def test_an_initial_in_a_bracketed_credit() -> None:
    assert split_credit("A burned street in Altadena, in January. (AP Photo/Jae C. Hong)") == (
        "A burned street in Altadena, in January.",
        "AP Photo/Jae C. Hong",
    )


def test_many_ads_stampless_cards_and_live_entries_split_in_one_pass() -> None:
    ads = (
        "Sponsored\nSave on your energy bills with this simple switch {n}\n"
        "Reuters\n4 hours ago\nA teaser title about the economy number {n}\n"
        "Harbour Post {n}\nA stampless title about the markets number {n}\n"
        "A summary sentence of the stampless card that ends with a full stop.\n"
    )
    drafts = split("".join(ads.format(n=n) for n in range(3_000)))
    assert len(drafts) == 6_000  # (the last one too, under the last card of a sourced list)
    assert drafts[-1].title == "A stampless title about the markets number 2999"
    entry = "{h:02d}:{m:02d}\nEntry headline number {n}\nThe text of the entry, which ends here.\n"
    blog = "LIVE\nFlooding live: rivers burst their banks across the valley\n" + "".join(
        entry.format(h=(n // 60) % 24, m=n % 60, n=n) for n in range(5_000)
    )
    assert len(split(blog)) == 1


def test_many_teasers_with_and_without_stamps_split_in_one_pass() -> None:
    pair = (
        "Rail strike number {n} called off after talks\n"
        "The union said members would vote on the offer next week.\n2 hours ago\n"
        "Harbour bridge number {n} to close for repairs\n"
        "Drivers will be diverted through the tunnel from Friday.\n"
    )
    drafts = split("More news\n" + "".join(pair.format(n=n) for n in range(4_000)))
    assert len(drafts) == 8_000
    assert drafts[1].title == "Harbour bridge number 0 to close for repairs"
    assert sum(d.time_text is None for d in drafts) == 4_000


VIDEO_UNDER_HEADER_PAGE = """\
Metro Seven
Local News
Weather
Bridge repairs will close the Harbor Street crossing for six weeks from Monday
By Lena Ortiz
Updated on: June 17, 2025 / 4:10 PM EDT / Metro Seven
Watch Metro Seven
Now Playing
Harbor Street bridge closure explained
01:47
The city will close the Harbor Street bridge to all traffic for six weeks starting Monday \
while crews replace corroded steel beams under the deck, transportation officials said on Tuesday.
Detour signs will send drivers to the Pine Avenue crossing, which officials expect to carry \
about 12,000 more cars a day during the work.
"We know this is a hard stretch for the neighborhoods on both banks," the city's transportation \
commissioner said, adding that buses would keep running on a shortened route.
More from Metro Seven
Council approves new budget after long debate
Ferry service adds an evening run on weekends
"""


def test_a_stamped_header_over_a_video_card_keeps_the_text_under_it() -> None:
    # the video's title and duration read as a card that took the story's text: the text is
    # the headline's, and the video's title is no article
    drafts = split(VIDEO_UNDER_HEADER_PAGE)
    lead = drafts[0]
    assert lead.role == "lead"
    assert lead.title.startswith("Bridge repairs will close")
    assert "Detour signs will send drivers" in lead.body
    assert lead.time_text is not None and "June 17, 2025" in lead.time_text
    assert all("bridge closure explained" not in d.title for d in drafts)


PLACE_UNDER_BYLINE_PAGE = """\
The Evening Courier
Politics
Governors Seek Delay in Highway Funding Rules as Deadline Nears
Officials in 12 states say the new paperwork would hold up repairs during the busy summer season.
By Ana Petrova
Writing from Denver
Published June 17, 2025, 9:12 a.m. ET
Governors from a dozen states asked federal officials on Tuesday to delay new reporting rules \
for highway grants, saying the paperwork would stall bridge and road repairs this summer.
The rules, due to take effect in July, would require states to file monthly progress reports \
for every project that receives more than $5 million in federal money.
"We are not asking to skip the rules, only for time to build the systems," one governor said.
Ana Petrova covers transportation for The Evening Courier.
"""


def test_a_line_between_a_byline_and_the_stamp_is_no_headline() -> None:
    # "Writing from Denver" under "By …" and over the stamp continues the byline; taken as a
    # card's title it cut the lead's text away under a fake teaser
    drafts = split(PLACE_UNDER_BYLINE_PAGE)
    assert [d.title for d in drafts] == [
        "Governors Seek Delay in Highway Funding Rules as Deadline Nears"
    ]
    assert "require states to file monthly progress reports" in drafts[0].body
    assert drafts[0].time_text is not None and "June 17, 2025" in drafts[0].time_text


CAPTION_UNDER_STAMP_PAGE = """\
The Harbour Daily
NEWS
WORLD / SCIENCE & SPACE
Orbital telescope sends back its first images of a distant galaxy cluster
ANSA-AFP
June 17, 2025
Engineers check the telescope's mirror in a clean room at the launch site on Monday. | NASA
CAPE TOWN – The new orbital telescope returned its first images on Tuesday, showing a galaxy \
cluster about five billion light years away in sharper detail than any earlier instrument.
The mission's scientists said the mirror had cooled to its working temperature a week early, \
which let them begin calibration ahead of the schedule set before launch.
"We have waited twenty years for this picture," the mission's lead scientist told reporters.
The telescope will begin its first full survey of the southern sky in September.
"""


def test_a_caption_with_its_credit_under_the_stamp_is_no_headline() -> None:
    # a sentence ending with a short credit ("… on Monday. | NASA") is a caption, and a path
    # of section names ("WORLD / SCIENCE & SPACE") is no headline over the real one
    (lead,) = split(CAPTION_UNDER_STAMP_PAGE)
    assert lead.title == "Orbital telescope sends back its first images of a distant galaxy cluster"
    assert "first full survey of the southern sky" in lead.body
    assert lead.source == "ANSA-AFP"  # two agencies' acronyms joined, in the author's place
    # and the caption leaves the text with its credit after the bar
    assert "clean room" not in lead.body
    assert [(c.text[:22], c.credit) for c in lead.captions] == [("Engineers check the te", "NASA")]


VIDEO_LIST_PAGE = """\
Channel 9 News
Weather
Sports
Library opens a second branch in the north of the city after a decade of planning
By Tom Reyes
June 17, 2025 4:30 PM
The city's second public library branch opened on Tuesday in the northern district, ten years \
after residents first petitioned the council for a library closer to their homes.
The branch holds about 40,000 books and has a makerspace with 3D printers and sewing machines, \
the library's director said at the opening.
"People used to take two buses to borrow a book," said a retired teacher who led the petition.
Latest Videos
Bakery donates 500 pies to the food bank ahead of the holiday
1:36
Weather: cold front brings a dry and breezy weekend
02:48
Shelter pets need homes this season
0:59
"""


def test_a_title_over_a_clip_length_is_no_teaser() -> None:
    # "1:36" under a title with nothing under it is a video's length, not a clock: a list of
    # videos, not cards
    drafts = split(VIDEO_LIST_PAGE)
    assert [d.role for d in drafts] == ["lead"]
    assert drafts[0].title.startswith("Library opens a second branch")
    assert "makerspace" in drafts[0].body


EDITION_DATE_PAGE = """\
The Island Post
Front Page
Business
Tue, Jun 17, 2025 page 2
Port workers end three-day strike after pay deal with operators
By Mei Lin / Staff reporter
Dock workers at the island's two main ports returned to work yesterday after unions and \
terminal operators agreed on a 6 percent pay rise over two years, ending a three-day strike.
Shipping lines had diverted at least 11 vessels to other ports during the walkout, which \
left about 4,000 containers waiting on the quays, the port authority said.
The agreement also sets up a joint committee to review night-shift staffing by October.
"""


def test_a_date_with_a_page_number_is_no_headline() -> None:
    # a print edition's date and page over the headline: a dated line, not the story's title
    (lead,) = split(EDITION_DATE_PAGE)
    assert lead.title == "Port workers end three-day strike after pay deal with operators"
    assert "joint committee" in lead.body


NAME_NOTE_PAGE = """\
The Valley Courier
Opinion
Towns need their own share of the fuel tax, and soon
Rosa Tembo
June 17, 2025
Rural councils collect almost none of the fuel tax paid on their roads, yet they must \
mend every pothole and bridge those roads need, year after year.
Banda is a former roads minister who says the share was promised in 2019; his successor \
says the money went to the national highway fund instead.
A fixed share, paid each quarter, would let councils plan repairs instead of waiting on \
grants that arrive late and change every year.
Tembo is a researcher at the Institute for Local Government in Lusaka.
"""


def test_a_note_on_a_name_printed_above_the_text_is_no_text() -> None:
    # "Rosa Tembo" over the stamp, then "Tembo is a researcher …" after the text: the note
    # on the author; "Banda is a former roads minister …" names no one printed above: news
    (lead,) = split(NAME_NOTE_PAGE)
    assert "Banda is a former roads minister" in lead.body
    assert "waiting on grants" in lead.body.replace("\n", " ")
    assert "Tembo is a researcher" not in lead.body


FIRST_NAME_NOTE_PAGE = NAME_NOTE_PAGE.replace("Rosa Tembo\n", "By Rosa Tembo\n").replace(
    "Tembo is a researcher", "Rosa is a researcher"
)


def test_a_note_on_the_bylines_first_name_is_no_text() -> None:
    (lead,) = split(FIRST_NAME_NOTE_PAGE)
    assert "Banda is a former roads minister" in lead.body
    assert "Rosa is a researcher" not in lead.body


def test_a_clock_under_an_age_is_a_clips_length_not_the_age_s_clock() -> None:
    page = WIRE_PAGE.replace(
        "Read Next\n",
        "More on this story\n"
        "Keeper praises calm defence after a clean sheet at home\n"
        "Published\n35 minutes ago\n1:48\n"
        "Coach under pressure after a fourth straight defeat\n"
        "The manager says he keeps the backing of the board.\n"
        "Published\n2 hours ago\n",
    )
    clip = next(d for d in split(page) if d.title and d.title.startswith("Keeper praises"))
    assert resolve_time(clip.time_text, FETCHED) == datetime(2025, 6, 17, 19, 25, tzinfo=UTC)
    # a day and a clock on two lines still make one stamp
    assert split(WIRE_PAGE)[0].time_text == "June 17, 2025 6:05 PM GMT+1"


UPDATED_STORY = """\
Regional News
Harbour board keeps mooring fees unchanged for the third year running
Written By: Staff Reporter
Updated: June 17, 2025 14:35 IST
Follow Us
Portmere, Jun 17 The harbour board on Tuesday kept its mooring fees unchanged for the third \
year running but raised the charge for winter storage, citing the cost of the new slipway.
The chairman said the board had voted five to two to hold the fees, with two members \
favouring a small rise to pay for dredging the inner basin next spring.
"Boat owners have had a hard year and we want them to stay in the harbour," he said.
First Published: June 17, 2025 11:20 IST
Tags :
Harbour
You Might Also Like
Ferry operator adds a late sailing on weekend nights
The new sailing leaves the quay at eleven on Fridays and Saturdays from July.
June 17, 2025 10:12 IST
Fish market moves to the old customs shed for the summer
Traders say the shed is cooler and closer to the car park.
June 16, 2025 18:40 IST
"""


def test_a_story_stamped_as_updated_takes_the_publication_stamp_under_its_text() -> None:
    drafts = split(UPDATED_STORY)
    assert drafts[0].role == "lead"
    assert drafts[0].time_text == "First Published: June 17, 2025 11:20 IST"
    assert drafts[1].time_text == "June 17, 2025 10:12 IST"  # (a teaser's own stamp)


def test_bare_minutes_under_a_title_with_its_source_over_it_are_its_age() -> None:
    drafts = split(
        "Topic\nHarbour dredging\n"
        "Coastal Ledger\nCouncil approves dredging of the eastern channel\n3 h\n"
        "Work will start in the autumn and take eighteen months.\n"
        "Bay Radio\nFishermen fear the dredging will drive the plaice away\n45 min\n"
        "Skippers say the spawning grounds lie right next to the channel.\n"
        "Quay Weekly\nWhy the harbour silts up faster than planned\n1 d\n"
    )
    assert [(d.source, d.time_text) for d in drafts] == [
        ("Coastal Ledger", "3 h"),
        ("Bay Radio", "45 min"),
        ("Quay Weekly", "1 d"),
    ]


def test_a_headline_under_the_byline_closing_the_card_above_is_the_next_cards_title() -> None:
    drafts = split(
        PLACE_UNDER_BYLINE_PAGE
        + "Recommended Stories\nThe Valley Record\n"
        + "Reservoir rises two feet after a wet November\n"
        + "The lake remains far below its old high-water mark.\n"
        + "By Lena Okafor\n"
        + "Why the valley's orchard growers are watching the new water-sharing deal\n"
        + "June 15, 2025\n"
        + "County board proposes a new groundwater banking program\n"
        + "The Hill Gazette · 2 days ago\n"
    )
    assert [d.title for d in drafts][-2:] == [
        "Why the valley's orchard growers are watching the new water-sharing deal",
        "County board proposes a new groundwater banking program",
    ]
    assert drafts[0].time_text is not None and "June 17, 2025" in drafts[0].time_text


@pytest.mark.parametrize(
    "under_byline",
    [
        "With additional reporting by Tom Reyes and Ana Ruiz",
        "Additional reporting by Tom Reyes in Lakeside",
        "Follow our rolling coverage of the harbour vote",
        "This article is part of our series on housing",
        "Updated June 16, 2025 08:05 with new figures",
    ],
)
def test_a_long_line_under_a_storys_own_byline_leaves_the_headline_the_title(
    under_byline: str,
) -> None:
    drafts = split(
        "Energy\nCouncil sets aside funds to bring power to the hillside estates\n"
        "By Mara Velden\n"
        f"{under_byline}\n"
        "June 16, 2025 21:14\n"
        "The council on Monday found 40 million euros to wire six hillside estates into the "
        "network before the frost, its energy officer told members.\n"
        "About 9,000 residents have lived on diesel generators for over a year while "
        "transformer deliveries slipped.\n"
        "Opposition members said the money came late and asked the auditor to look into "
        "the slipped deliveries.\n"
        "More from Energy\n"
    )
    assert drafts[0].title == "Council sets aside funds to bring power to the hillside estates"


def test_a_story_stamped_as_updated_takes_the_stamp_over_its_first_paragraph() -> None:
    drafts = split(
        "Opinion\n"
        "Desalination alone will not keep the coast's taps running\n"
        "Rania Haddad\n"
        "Short Url\n"
        "https://example.com/x7q2\n"
        "Updated 17 June 2025\n"
        "Rania Haddad\n"
        "June 17, 2025 21:34\n"
        + UPDATED_STORY.split("Follow Us\n", 1)[1].replace("First Published: ", "Printed: ")
    )
    assert drafts[0].role == "lead"
    assert drafts[0].time_text == "June 17, 2025 21:34"


def test_a_newsroom_credit_in_portuguese_spelling_is_no_source() -> None:
    page = """\
Jornal da Baía
Início
Economia
Cooperativa de pescadores de Vilanova recebe novo armazém frigorífico
Publicado: 27/11/2026 às 16:40
Por: Redacção
Partilhar
A cooperativa de pescadores de Vilanova inaugurou, esta sexta-feira, um armazém \
frigorífico com capacidade para duzentas toneladas de pescado.
Segundo o presidente da cooperativa, a obra permite reduzir as perdas na época das \
chuvas e vender o peixe a melhor preço nos mercados da província.
O armazém foi financiado por um fundo de desenvolvimento rural e deverá criar trinta \
postos de trabalho permanentes.
"""
    (lead,) = split(page)
    assert lead.title.startswith("Cooperativa de pescadores")
    assert lead.source is None


LEAD_AUTHOR_OVER_STAMP = (
    "HarbourNow\n"
    "Local\n"
    "Business\n"
    "Sport\n"
    "Ferry fares on the northern route to rise by a fifth from March\n"
    "The increase, the first in six years, follows a sharp rise in fuel and crew costs, "
    "the operator said on Friday.\n"
    "Passengers queue for the morning crossing at the north pier. (File photo: "
    "HarbourNow/Ines Brault)\n"
    "Teo Hwee Lin\n"
    "14 Mar 2026 09:05AM\n"
    "LAKEPORT: Ferry fares on the northern route will rise by about 20 per cent from "
    "March, the operator said on Friday, blaming fuel prices and a shortage of crews.\n"
    "A single adult ticket will cost 6.40 dollars, up from 5.30, while season tickets for"
    " commuters will rise by a smaller amount, the company said in a statement.\n"
    "The harbour board, which must approve the new fares, is expected to discuss them at "
    "its meeting next week, and several councillors have already said they will oppose "
    "the rise.\n"
    "Commuter groups said many passengers had no other way to reach the city and called "
    "for the increase to be phased in over two years.\n"
)


def test_the_leads_author_over_its_own_stamp_is_no_teaser_inside_its_text() -> None:
    # standfirst / caption / author / stamp / text: the stamp is the lead's, not a teaser's
    drafts = split(LEAD_AUTHOR_OVER_STAMP)
    assert [draft.title for draft in drafts] == [
        "Ferry fares on the northern route to rise by a fifth from March"
    ]
    assert drafts[0].time_text == "14 Mar 2026 09:05AM"
