"""split: structural signals that do not depend on any site's wording."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _meta

FETCHED = datetime(2025, 11, 20, 15, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


UNLABELLED_LIVE_BLOG = """\
Morning Ledger
Flooding closes river crossings as rain keeps falling across the valley
Last updated: 20.11.2025 14:40 Uhr
Crews have closed four bridges since dawn.
14:32 Uhr
Bridge on Route 9 closed
Engineers found water over the deck of the Route 9 bridge and closed it to all traffic.
13:58 Uhr
Schools send pupils home
Six schools in the valley sent pupils home at midday as a precaution, the district said.
13:15 Uhr
Rain gauge record broken
The gauge at Millbrook recorded 84 millimetres in twelve hours, a record for November.
"""


def test_a_live_blog_is_found_by_its_clock_stamped_entries() -> None:
    drafts = split(UNLABELLED_LIVE_BLOG)
    assert len(drafts) == 1
    blog = drafts[0]
    assert blog.role == "lead"
    assert blog.title.startswith("Flooding closes river crossings")
    for kept in ("14:32 Uhr", "Bridge on Route 9 closed", "13:15 Uhr", "a record for November."):
        assert kept in blog.body


TITLE_CASE_AND_KICKER = """\
The Review
Finance & economics
I Replaced Our Cron Jobs With a Queue. Here’s What Broke.
Three lessons from moving scheduled tasks to an event-driven design, and what we would do again.
Feb 10th 2026
Last spring our team owned 140 cron jobs spread across nine servers, and nobody knew which mattered.
Written by Ravi Shankar
Staff engineer. Writes about distributed systems and the people who run them at night.
"""


def test_title_case_headline_kicker_and_author_box() -> None:
    drafts = split(TITLE_CASE_AND_KICKER)
    assert [draft.title for draft in drafts] == [
        "I Replaced Our Cron Jobs With a Queue. Here’s What Broke."
    ]
    assert "Last spring our team" in drafts[0].body
    assert "Staff engineer" not in drafts[0].body  # the author box after the text


NOTICE = """\
Hometown Gazette
Unavailable in your region
Thank you for your interest in the Hometown Gazette and in our local reporting.
Our website is not available in your region at this time because of data privacy rules.
If you are a subscriber and see this message in error, please contact your customer service team.
"""


def test_a_notice_that_speaks_to_the_reader_is_no_article() -> None:
    assert split(NOTICE) == []


DECK_AUTHOR_AND_ROLE = """\
Newsroom
Analysis
Why the drought in southern Europe is here to stay
Scientists warn that the dry spell is not an anomaly but a glimpse of the new normal
By Marco Bellini
Environment correspondent
20 November 2025
The reservoirs of three cities were at a third of their capacity at the end of October.
The environment ministry published the figures on Monday and called them a warning.
Climate scientists say the pattern fits projections that have been made for two decades now.
"""


def test_headline_over_a_deck_without_full_stop_and_an_author_with_a_role() -> None:
    drafts = split(DECK_AUTHOR_AND_ROLE)
    assert [draft.title for draft in drafts] == [
        "Why the drought in southern Europe is here to stay"
    ]
    assert drafts[0].body.startswith("Scientists warn")  # the deck is the body's start
    assert "correspondent" not in drafts[0].body


AUTHOR_UNDER_DECK = """\
The Daily Ledger
Retail giant cuts 4,000 jobs as online sales slump
The company said the reductions would fall mostly on its distribution centres and head office.
Sarah Okafor
Business Reporter
Published 3:14 PM EDT, Thu November 20, 2025
A major retailer said on Thursday it would cut about 4,000 jobs as shoppers move online.
Shares rose 3% in early trading after the announcement.
"""


def test_author_name_and_role_between_deck_and_stamp_are_not_text() -> None:
    drafts = split(AUTHOR_UNDER_DECK)
    assert len(drafts) == 1
    assert "Sarah Okafor" not in drafts[0].body
    assert "The company said the reductions" in drafts[0].body
    assert "Shares rose 3%" in drafts[0].body


KICKER_AND_CLOSING_ATTRIBUTION = """\
Tagesblick
Politik
Bundestag
Koalition einigt sich auf Rentenpaket
Nach wochenlangem Streit haben sich die Fraktionen auf einen Kompromiss verständigt.
Stand: 20.11.2025 14:05 Uhr
Die Koalition hat sich nach langen Verhandlungen auf ein Rentenpaket geeinigt.
Die Opposition kritisierte die Einigung als zu teuer.
Quelle: dpa
Bahn kündigt neue Verbindungen an
vor 2 Stunden
"""


def test_one_word_kicker_is_no_source_and_a_closing_attribution_is() -> None:
    drafts = split(KICKER_AND_CLOSING_ATTRIBUTION)
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Koalition einigt sich auf Rentenpaket", "dpa"),
        ("Bahn kündigt neue Verbindungen an", None),
    ]


def test_one_word_publisher_on_a_page_whose_cards_print_sources() -> None:
    page = """\
Portal
Reuters
Chile's copper output slips as state miner struggles to revive ageing mines
Thu, November 20, 2025 at 6:12 AM UTC
Copper production in Chile fell 3.1% in October from a year earlier, data showed on Wednesday.
The state miner again failed to lift output at its largest and oldest deposits.
More from Reuters
Reuters · 2 hours ago
Peru's finance minister resigns after clash with Congress
Bloomberg · 5 hours ago
Lithium prices rebound as producers cut output
"""
    assert [draft.source for draft in split(page)] == ["Reuters", "Reuters", "Bloomberg"]


LABELS_ON_THEIR_OWN_LINES = """\
City Courier
Transport
Council approves new tram line to the airport
Updated
3 hours ago
Published
18 November 2025
By Tom Hughes
Councillors voted 41 to 12 on Monday night to approve the extension of the tram network.
Construction is expected to begin next spring, with the first trams running by 2028.
"""


def test_a_label_on_its_own_line_labels_the_stamp_under_it() -> None:
    drafts = split(LABELS_ON_THEIR_OWN_LINES)
    assert [(draft.title, draft.time_text, draft.source) for draft in drafts] == [
        ("Council approves new tram line to the airport", "Published 18 November 2025", None)
    ]
    assert "Updated" not in drafts[0].body


SUMMARY_THEN_STAMP_CARDS = """\
The Metro Times
Latest news
Train strike called off after last-minute deal
Unions and operators reached an agreement late on Sunday, averting three days of disruption.
2h
Hospital waiting lists fall for third month in a row
The number of patients waiting more than a year dropped by 8%, new figures show.
4h
Police appeal after jewellery shop raid
Officers want to speak to two men seen leaving the scene on a moped.
8h
"""


def test_cards_that_print_their_stamp_under_the_summary() -> None:
    drafts = split(SUMMARY_THEN_STAMP_CARDS)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Train strike called off after last-minute deal", "2h"),
        ("Hospital waiting lists fall for third month in a row", "4h"),
        ("Police appeal after jewellery shop raid", "8h"),
    ]
    assert drafts[0].body.startswith("Unions and operators")
    assert all(draft.role == "related" for draft in drafts)


AUTHOR_AND_PLACE = """\
Rundschau
Wirtschaft
Der Franken ist so stark wie seit zehn Jahren nicht mehr – jetzt leiden die Exporteure
Die Exporte der Uhrenindustrie sind im Mai um 11 Prozent eingebrochen. Die Nationalbank zögert.
Beat Kälin, Bern
20.11.2025, 05.30 Uhr
Für einen Euro gab es am Dienstag noch 0,90 Franken, so wenig wie seit Jahren nicht mehr.
Die Uhrenexporte sanken im Mai gegenüber dem Vorjahresmonat um 11,2 Prozent.
"""


def test_an_author_and_place_line_is_a_byline_not_a_headline() -> None:
    drafts = split(AUTHOR_AND_PLACE)
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Der Franken ist so stark")
    assert drafts[0].time_text == "20.11.2025, 05.30 Uhr"
    assert "Beat Kälin" not in drafts[0].body


MENU_LIVE_ITEM = """\
Info
Afrique
Europe
EN DIRECT
Sénégal : l’Assemblée adopte la loi sur la renégociation des contrats pétroliers
L’Assemblée nationale a adopté jeudi un texte permettant à l’État de renégocier les contrats.
Publié le :
20/11/2025 - 14:05
Le texte a été voté par 118 députés sur 165, l’opposition ayant quitté l’hémicycle avant le vote.
La loi crée une commission chargée d’auditer les contrats en vigueur dans le secteur pétrolier.
"""


def test_a_live_label_over_an_article_without_entries_is_a_menu_item() -> None:
    drafts = split(MENU_LIVE_ITEM)
    assert len(drafts) == 1
    assert drafts[0].time_text == "Publié le : 20/11/2025 - 14:05"
    assert "20/11/2025" not in drafts[0].body  # a live blog would keep it as an entry stamp


RIVER = """\
TechRiver
Sarah Perez / TechCrunch:
Apple will let developers link to outside payment options in all App Store markets
Apple says developers will be able to add links to their own websites for purchases everywhere.
Kari Paul / The Guardian:
EU fines Meta €480M for breaching data portability rules under the Digital Markets Act
Emma Roth / The Verge:
Spotify tests a $5.99 audiobooks-only plan in the US
"""


def test_river_items_take_the_publisher_after_the_slash() -> None:
    drafts = split(RIVER)
    assert [(draft.source, draft.role) for draft in drafts] == [
        ("TechCrunch", "related"),
        ("The Guardian", "related"),
        ("The Verge", "related"),
    ]
    assert drafts[2].title == "Spotify tests a $5.99 audiobooks-only plan in the US"


NAMES_UNDER_SUMMARIES = """\
Binnenland
Meer dan 200 kilometer file door sneeuw en ijzel
Door de gladheid stonden maandagochtend in het hele land lange files.
NOS
45 minuten geleden
Gemeenten krijgen extra geld voor opvang asielzoekers
RTL Nieuws
2 uur geleden
Nieuwe coalitie wil minimumloon in twee stappen verhogen
Het minimumloon stijgt volgens het plan in 2027 en 2028 met in totaal 6 procent.
NU.nl
gisteren
Over ons
"""


def test_names_under_summaries_close_their_cards() -> None:
    drafts = split(NAMES_UNDER_SUMMARIES)
    assert [draft.title for draft in drafts] == [
        "Meer dan 200 kilometer file door sneeuw en ijzel",
        "Gemeenten krijgen extra geld voor opvang asielzoekers",
        "Nieuwe coalitie wil minimumloon in twee stappen verhogen",
    ]
    assert drafts[0].time_text == "45 minuten geleden"


AGENCY_BYLINE_AND_CLOSING_STAMP = """\
Kerala declares orange alert in six districts as monsoon arrives three days early
The India Meteorological Department said the south-west monsoon set in over Kerala on Sunday
PTI
Thiruvananthapuram
Last Updated: Jun 01, 2026, 19:48 IST
Thiruvananthapuram, Jun 1 (PTI) The south-west monsoon arrived over Kerala on Sunday, three \
days ahead of its normal onset date, the weather office said.
Idukki, Ernakulam and Kottayam will be on orange alert till Tuesday, indicating very heavy \
rain in the hills.
Private forecaster Skymet said the monsoon was likely to advance into coastal Karnataka and \
parts of Tamil Nadu within the next 48 hours. PTI ABC XYZ
First Published: Jun 01, 2026, 19:48 IST
"""


def test_a_bare_agency_in_the_byline_place_is_the_source() -> None:
    drafts = split(AGENCY_BYLINE_AND_CLOSING_STAMP)
    assert len(drafts) == 1  # the last paragraph heads no card over the closing stamp
    assert drafts[0].source == "PTI"
    assert "Private forecaster Skymet" in drafts[0].body


DECK_UNDER_HEADLINE = """\
Singapore
HDB resale prices rise 1.8% in third quarter, slowest pace in five years
Over 7,000 resale flats changed hands between July and September, with 1,280 above $1 million
Ng Wei Ling
Senior Correspondent
Published Nov 27, 2026, 02:15 PM
SINGAPORE – Resale prices of Housing Board flats rose 1.8 per cent in the third quarter of \
2026, the smallest rise in five years.
Analysts said the slower growth reflected the tighter loan limits introduced in August.
There were 7,140 resale transactions in the quarter, up 4.6 per cent from the previous three months.
"""


def test_a_deck_without_a_full_stop_under_its_headline() -> None:
    drafts = split(DECK_UNDER_HEADLINE)
    assert [draft.title for draft in drafts] == [
        "HDB resale prices rise 1.8% in third quarter, slowest pace in five years"
    ]
    assert drafts[0].body.startswith("Over 7,000 resale flats")
    assert "Senior Correspondent" not in drafts[0].body


LIVE_BULLETS = """\
Business live
FTSE 100 hits record high as oil slides and miners rally – business live
Rolling coverage of the latest economic and financial news
Blue-chip index up 1.1% on hopes of Bank of England rate cut
Brent crude falls below $70 a barrel
Updated
Tue 2 Jun 2026 16.48 BST
2h ago
FTSE 100 at record high
London's blue-chip index has closed at a record high of 9,184 points, up 1.1% on the day.
5h ago
Nationwide: house prices up 0.4% in May
House prices rose for a fourth month in a row in May, the Nationwide building society said.
"""


def test_summary_bullets_stand_between_a_live_blog_headline_and_its_stamp() -> None:
    drafts = split(LIVE_BULLETS)
    assert len(drafts) == 1
    assert drafts[0].time_text == "Updated Tue 2 Jun 2026 16.48 BST"
    assert "2h ago" in drafts[0].body


CREDITS_AND_ECHOES = """\
Politics
Meloni government survives confidence vote on judicial reform
Opposition walks out of chamber before final tally
02 June 2026
14:05
- ROME
ROME, June 2 (ANSA) - Premier Giorgia Meloni's government on Tuesday comfortably survived a \
confidence vote in the Lower House.
The government won the vote 218-129, with two abstentions, after the opposition walked out.
"""


def test_an_echo_of_the_dateline_place_is_no_source() -> None:
    drafts = split(CREDITS_AND_ECHOES)
    assert len(drafts) == 1
    assert drafts[0].source is None
    assert drafts[0].body.count("ROME, June 2 (ANSA)") == 1


NEWSROOM_WITH_AGENCY = """\
Transports
Paris : la ligne 14 du métro fermée ce week-end entre Saint-Lazare et Olympiades
La RATP profite du week-end pour tester la nouvelle signalisation. Des bus de substitution \
seront mis en place.
Le Quotidien de Paris avec AFP
Mis à jour le 16/03/2026 à 14h05
La ligne 14 du métro parisien sera totalement fermée entre Saint-Lazare et Olympiades samedi \
et dimanche.
Des bus de remplacement desserviront les stations fermées, avec un passage toutes les cinq minutes.
"""


def test_a_newsroom_credit_with_an_agency_is_no_headline() -> None:
    drafts = split(NEWSROOM_WITH_AGENCY)
    assert [draft.title for draft in drafts] == [
        "Paris : la ligne 14 du métro fermée ce week-end entre Saint-Lazare et Olympiades"
    ]
    assert drafts[0].source is None


CREDIT_OVER_CAPTION = """\
Ministers to scrap two-child benefit cap from April, Treasury confirms
3 hours ago
Helen Marsh
Political correspondent
Reporting from Westminster
PA Media
The chancellor is expected to set out how the policy will be funded in the autumn Budget
The two-child limit on universal credit will be scrapped from next April, the Treasury has \
confirmed, in a move the government says will lift 350,000 children out of poverty.
The policy, introduced in 2017, stops parents from claiming benefits for a third child.
"""

DECK_UNDER_AUTHOR = """\
Ministers to scrap two-child benefit cap from April, Treasury confirms
3 hours ago
Helen Marsh
The chancellor is expected to set out how the policy will be funded in the autumn Budget
The two-child limit on universal credit will be scrapped from next April, the Treasury has \
confirmed, in a move the government says will lift 350,000 children out of poverty.
"""


def test_a_caption_under_its_credit_line_leaves_the_body() -> None:
    body = split(CREDIT_OVER_CAPTION)[0].body
    assert "The chancellor is expected" not in body
    assert body.startswith("The two-child limit")
    assert "The chancellor is expected" in split(DECK_UNDER_AUTHOR)[0].body  # a deck stays


OFFERS_ONLY = """\
Digital
$1 a week for your first year
Digital + Print
$6.99 a week
Delivery Thursday to Sunday plus full digital access to every story on the site.
Questions? Call our customer care team on 1-800-555-0199, Monday to Friday, 8 a.m. to 6 p.m.
"""


def test_an_offer_over_its_price_is_no_headline() -> None:
    assert split(OFFERS_ONLY) == []


TEASER_INSIDE_THE_TEXT = """\
World
Floods force thousands from homes in northern Italy as rivers burst banks
June 2, 2025
Heavy rain caused rivers to burst their banks across Emilia-Romagna on Monday, forcing more \
than 5,000 people from their homes, officials said.
The civil protection agency said 23 rivers had flooded and that more rain was forecast.
Italy declares state of emergency in Emilia-Romagna
4 hours ago
Rescue teams used boats to reach residents trapped on upper floors in the towns of Faenza.
The regional president said the damage would run into billions of euros.
"""


def test_a_teaser_inside_the_text_does_not_break_the_article() -> None:
    drafts = split(TEASER_INSIDE_THE_TEXT)
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Floods force thousands from homes in northern Italy as rivers burst banks"),
        ("related", "Italy declares state of emergency in Emilia-Romagna"),
    ]
    assert "Rescue teams used boats" in drafts[0].body
    assert drafts[1].body == ""


COMPACT_STAMPS = """\
Más para ti
EFE
2 h
Aragón registra el mayo más seco desde que hay registros
La Aemet señala que en buena parte de la comunidad no llovió ni un solo día durante el mes.
Heraldo de Aragón
1 d
El Real Zaragoza anuncia a su nuevo director deportivo
20minutos
40 min
Renfe recupera los trenes directos Zaragoza-Teruel tras las obras
Los servicios se reanudan este viernes con cuatro frecuencias diarias.
"""


def test_bare_minutes_under_a_source_on_a_page_of_compact_stamps() -> None:
    drafts = split(COMPACT_STAMPS)
    assert [(draft.source, draft.time_text) for draft in drafts] == [
        ("EFE", "2 h"),
        ("Heraldo de Aragón", "1 d"),
        ("20minutos", "40 min"),
    ]
    assert drafts[2].title.startswith("Renfe recupera")


SECTION_KICKERS = """\
World
Middle East
Gaza ceasefire talks resume in Cairo as mediators push for deal
Negotiators from both sides arrived on Monday for the first direct talks in weeks.
Updated 2h ago
Talks aimed at securing a ceasefire resumed in Cairo on Monday, with Egyptian and Qatari \
mediators shuttling between delegations, officials said.
The talks follow weeks of deadlock over the sequencing of hostage releases, two people said.
"""


def test_a_section_kicker_on_a_page_without_card_sources_is_no_publisher() -> None:
    drafts = split(SECTION_KICKERS)
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Gaza ceasefire talks resume in Cairo as mediators push for deal", None)
    ]


AUTHOR_AND_ROLE_OVER_DECK = """\
ECONOMY
Why the central bank had no choice but to act now
Jane Doe
Economics editor
The decision marks a turning point for monetary policy after a decade of cheap money
June 2, 2025
The central bank raised its main interest rate by half a percentage point on Tuesday, the \
biggest increase in two decades, as it tries to tame inflation.
Officials said further increases were likely in the coming months if price pressures did \
not ease, according to a statement released after the meeting.
"""


def test_an_author_and_role_between_headline_and_deck() -> None:
    drafts = split(AUTHOR_AND_ROLE_OVER_DECK)
    assert [draft.title for draft in drafts] == [
        "Why the central bank had no choice but to act now"
    ]
    assert drafts[0].body.startswith("The decision marks a turning point")
    assert "Economics editor" not in drafts[0].body


LIVE_ENTRY_UNDER_HEADER_STAMP = """\
Direct
Grève à la SNCF : suivez l'évolution du trafic en direct
Mis à jour le 2 juin 2025 à 14h05
14h02
Le trafic reste très perturbé sur les lignes TER en Occitanie, selon la SNCF.
13h45
La CGT appelle à reconduire le mouvement jusqu'à jeudi, a annoncé son secrétaire général.
13h10
Les usagers sont invités à reporter leurs déplacements, recommande la direction.
"""


def test_a_live_blog_keeps_its_first_entry_stamp_right_under_the_header_stamp() -> None:
    drafts = split(LIVE_ENTRY_UNDER_HEADER_STAMP)
    assert len(drafts) == 1
    assert drafts[0].time_text == "Mis à jour le 2 juin 2025 à 14h05"
    assert drafts[0].body.startswith("14h02")


UNSTOPPED_SUMMARY = """\
TechRiver
Kari Paul / The Guardian:
EU fines Meta €480M for breaching data portability rules under the Digital Markets Act
The European Commission says Meta made it unnecessarily hard for users to move their posts
More: Politico Europe and Euronews
Emma Roth / The Verge:
Spotify tests a $5.99 audiobooks-only plan in the US
More: Engadget
"""


def test_a_card_summary_without_a_full_stop_is_its_body() -> None:
    drafts = split(UNSTOPPED_SUMMARY)
    assert drafts[0].body.startswith("The European Commission says Meta made it")
    assert drafts[1].body == ""


SHORT_STORY_OVER_NUMBERED_CARDS = """\
Digest
Greek wildfire forces evacuation of villages near Athens
Source: Kathimerini
45 minutes ago
Firefighters battled a wildfire in the hills north-east of Athens on Thursday, as \
authorities ordered the evacuation of four villages.
More than 200 firefighters were deployed, the fire service said.
Top stories right now
1.
Reuters · 1h
Italy's Meloni says EU migration deal with Albania will resume
2.
BBC News · 3h
Cyprus declares state of emergency over water shortages
Reservoirs on the island are at 13% of capacity, the lowest in a decade.
"""


def test_a_short_story_of_paragraphs_over_one_line_cards_is_the_lead() -> None:
    drafts = split(SHORT_STORY_OVER_NUMBERED_CARDS)
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    cards_only = SHORT_STORY_OVER_NUMBERED_CARDS.replace(
        "\nMore than 200 firefighters were deployed, the fire service said.", ""
    )
    assert [draft.role for draft in split(cards_only)] == ["related"] * 3


ONE_LINE_CARDS = """\
Ceasefire talks resume in Cairo as mediators push for deal
By Jane Doe
2 hours ago
Negotiators from both sides returned to Cairo on Monday for a new round of talks, officials \
said, as mediators pressed for a deal before the end of the week.
More on this story
Oil prices slip as traders weigh supply outlook - Reuters - 2 hours ago
Markets rally after central bank decision | Bloomberg | 1 day ago
"""


def test_one_line_cards_print_title_source_and_stamp() -> None:
    drafts = split(ONE_LINE_CARDS)
    assert [(d.role, d.title, d.source, d.time_text) for d in drafts[1:]] == [
        ("related", "Oil prices slip as traders weigh supply outlook", "Reuters", "2 hours ago"),
        ("related", "Markets rally after central bank decision", "Bloomberg", "1 day ago"),
    ]
    assert "Oil prices" not in drafts[0].body


LIVE_BLOG_UPDATED_OVER_PUBLISHED = """\
LIVE
Nova Scotia election night: Progressive Conservatives win third term
Updated May 19, 2026 11:58 p.m. ET
Published May 19, 2026 6:30 p.m. ET
11:41 p.m. ET
Houston thanks volunteers
Speaking to supporters in Pictou, Premier Tim Houston said his government would put housing first.
10:55 p.m. ET
NDP picks up two Halifax seats
The NDP has won Halifax Chebucto and Dartmouth South, both previously held by Liberals.
"""


def test_a_live_blog_header_published_stamp_wins_over_its_update() -> None:
    [blog] = split(LIVE_BLOG_UPDATED_OVER_PUBLISHED)
    assert blog.time_text == "Published May 19, 2026 6:30 p.m. ET"
    assert "Published May" not in blog.body
    assert "11:41 p.m. ET" in blog.body


CARDS_TITLE_STAMP_THEN_SUMMARY = """\
Inflación
La inflación de abril fue de 2,1% y acumula 11,4% en el año
Por Martín Echeverría
Actualizado el 14 may 2026, 17:05
El Instituto Nacional de Estadística y Censos informó este jueves que los precios al \
consumidor subieron 2,1% en abril, una desaceleración respecto del 2,6% de marzo.
Más noticias
El dólar oficial cerró estable y el riesgo país bajó a 640 puntos
Hace 3 horas
Paritarias: comercio acordó un aumento de 6% en tres tramos
El acuerdo rige desde mayo y será homologado la semana próxima.
Ayer
"""


def test_a_card_with_a_summary_under_a_card_without_one() -> None:
    drafts = split(CARDS_TITLE_STAMP_THEN_SUMMARY)
    assert [d.title for d in drafts[1:]] == [
        "El dólar oficial cerró estable y el riesgo país bajó a 640 puntos",
        "Paritarias: comercio acordó un aumento de 6% en tres tramos",
    ]
    assert drafts[1].body == ""


LINK_LIST_CARD_WITH_KICKER = """\
Unwetter in Bayern: Hagelkörner so groß wie Tennisbälle
22.05.2026, 09:12 Uhr
Von dpa
München (dpa) - Schwere Gewitter mit großem Hagel haben in der Nacht zu Freitag in Teilen \
Bayerns erhebliche Schäden angerichtet, wie die Polizei mitteilte.
Hagelkörner mit bis zu sieben Zentimetern Durchmesser zerschlugen Autoscheiben, Dachziegel und \
Gewächshäuser. In Prien am Chiemsee wurden mehr als 200 Einsätze gezählt.
Lesen Sie auch
Wetter am Wochenende: Sommerlich warm im Norden
Unwetter
vor 5 Stunden
Zur Startseite
"""


def test_a_card_under_read_more_with_a_kicker_over_its_stamp() -> None:
    drafts = split(LINK_LIST_CARD_WITH_KICKER)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Unwetter in Bayern: Hagelkörner so groß wie Tennisbälle"),
        ("related", "Wetter am Wochenende: Sommerlich warm im Norden"),
    ]


HEADER_LINES_OF_A_PAYWALLED_STORY = """\
Companies
Banks
HSBC explores sale of Mexican retail banking arm
Bank has hired advisers to sound out buyers for business valued at up to $4bn
Add to myFT
Alexandra Ruiz in Mexico City and Owen Walker in London
Published 22 May 2026, 05:00 GMT+1
HSBC has hired advisers to explore a sale of its Mexican retail banking operations, as chief \
executive Georges Elhedery continues to shrink the lender’s footprint outside its core markets.
The bank has approached several domestic lenders as well as private equity groups, according to \
three people familiar with the matter, who asked not to be named because the talks are private.
See why over a million readers pay to read the Paper.
Catch all the Latest News and Business updates. Download the App to get Daily Market Updates.
"""


def test_authors_in_their_cities_buttons_and_pitches_leave_the_body() -> None:
    [story] = split(HEADER_LINES_OF_A_PAYWALLED_STORY)
    assert story.title == "HSBC explores sale of Mexican retail banking arm"
    for leak in ("Add to myFT", "Alexandra Ruiz", "See why", "Download the App"):
        assert leak not in story.body
    assert story.body.startswith("Bank has hired advisers")


BRANDS_UNDER_CARDS = """\
Nieuwsoverzicht
Meer dan 200 kilometer file door sneeuw en ijzel
Door de gladheid stonden maandagochtend in het hele land lange files.
NOS
45 minuten geleden
Studenten protesteren in Den Haag tegen bezuinigingen op onderwijs
NU.nl
16 mrt 2026
Nieuwe coalitie wil minimumloon in twee stappen verhogen
Anna de Vries
gisteren
"""


def test_an_acronym_or_domain_under_a_card_is_its_source_and_a_full_name_is_not() -> None:
    drafts = split(BRANDS_UNDER_CARDS)
    assert [draft.source for draft in drafts] == ["NOS", "NU.nl", None]


def test_a_genre_byline_is_no_headline() -> None:
    [story] = split(
        "World\nAnalysis\nWhy the ceasefire in Gaza keeps collapsing\n"
        "Each truce has foundered on the same question: who controls the crossings.\n"
        "Analysis by Nic Robertson, CNN\nUpdated 3:14 PM EDT, Mon June 2, 2025\n"
        "The latest ceasefire lasted eleven days. Like the three before it, it broke down over "
        "the crossings into Gaza, which both sides see as the key to leverage in any deal.\n"
    )
    assert story.title == "Why the ceasefire in Gaza keeps collapsing"
    assert "Nic Robertson" not in story.body


CARDS_WITH_SUMMARIES_AND_META = """\
NewsHub
Oil prices jump after OPEC+ surprise cut
Brent crude rose 4% on Monday after the producer group announced an unexpected output cut of \
1 million barrels a day.
Reuters · 2h
Tesla shares slide on delivery miss
Deliveries fell short of analyst estimates for the second straight quarter.
Bloomberg · 3h
Apple unveils new AI features at developer conference
The Verge · 5h
"""


def test_a_list_of_cards_with_summaries_has_no_lead_and_keeps_each_summary() -> None:
    drafts = split(CARDS_WITH_SUMMARIES_AND_META)
    assert [(d.role, d.source) for d in drafts] == [
        ("related", "Reuters"),
        ("related", "Bloomberg"),
        ("related", "The Verge"),
    ]
    assert drafts[1].body.startswith("Deliveries fell short of analyst estimates")


CARDS_WITH_KICKERS_UNDER_AN_ARTICLE = """\
Valley Gazette
Council approves new bus depot after two years of delays
By Mere Tane
20 Nov, 2025 09:10 AM
The council has approved a new bus depot on the edge of the city, ending two years of \
arguments about where the fleet should be kept overnight.
The depot will hold 120 buses and is due to open in 2028, the council's transport chair said.
Latest from Local
Local
Harbour bridge to close for two nights of repairs
2 hours ago
Sport
Valley Rovers sign striker on a three-year deal
The club said the 24-year-old would join the squad in January.
5 hours ago
"""


def test_a_card_under_another_cards_stamp_and_a_kicker_keeps_its_summary() -> None:
    drafts = split(CARDS_WITH_KICKERS_UNDER_AN_ARTICLE)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Council approves new bus depot after two years of delays"),
        ("related", "Harbour bridge to close for two nights of repairs"),
        ("related", "Valley Rovers sign striker on a three-year deal"),
    ]
    assert drafts[1].body == ""  # not the next card's title and summary
    assert drafts[2].body == "The club said the 24-year-old would join the squad in January."
    assert drafts[2].time_text == "5 hours ago"


MATCH_REPORT_WITH_AUTHOR_ROLE = """\
Rugby
Harlequins 24-17 Saracens: late try settles the derby
Harlequins came from behind to win the London derby in front of a sell-out crowd at the Stoop.
By Tom Ashdown
Rugby Union Writer @TomAshdown
Saturday 15 November 2025 17:21, UK
Harlequins scored a late try through their replacement hooker to beat Saracens in a tight derby.
Saracens had led 17-10 at half-time after two tries from their wings, but tired in the last quarter.
"""


def test_an_author_role_line_under_the_byline_is_no_headline() -> None:
    [report] = split(MATCH_REPORT_WITH_AUTHOR_ROLE)
    assert report.title == "Harlequins 24-17 Saracens: late try settles the derby"
    assert report.time_text == "Saturday 15 November 2025 17:21, UK"
    assert "@TomAshdown" not in report.body
    assert "Saracens had led 17-10" in report.body


HEADER_WITH_CAPTION_AND_PLACE_STAMP = """\
Economía
El Gobierno regional subirá la tasa turística en verano
La medida entrará en vigor en junio y afectará a hoteles y cruceros de todas las islas
Turistas en el paseo marítimo, el pasado agosto. EFE/Ana Ruiz
Marta Gil
Palma - 20 nov 2025 - 05:40 CET
Actualizado: 20 nov 2025 - 09:12 CET
El Gobierno regional presentó este lunes el anteproyecto de ley que doblará el impuesto durante \
los meses de verano y lo extenderá a los pasajeros de cruceros.
La patronal hotelera calificó el aumento de improvisado y pidió que se destine a infraestructuras.
"""


def test_the_lead_header_steps_over_a_caption_and_a_place_before_its_stamp() -> None:
    [story] = split(HEADER_WITH_CAPTION_AND_PLACE_STAMP)
    assert story.title == "El Gobierno regional subirá la tasa turística en verano"
    assert story.time_text == "20 nov 2025 05:40 CET"  # the publication, not the update
    assert story.source is None  # (a place)


PORTAL_WITH_AN_AD_CARD_IN_META_FORM = """\
Money Portal
Reuters • 3 hours ago
Gold steadies as traders wait for central bank decisions
Spot gold held near $2,400 an ounce as investors waited for rate decisions in three economies.
Ad • Pension Helpers
The one pension mistake most people make before 60
Money Portal • 5 hours ago
Online shopping on Black Friday hits a record, tracker says
"""


def test_an_ad_label_in_a_cards_meta_line_drops_the_card() -> None:
    drafts = split(PORTAL_WITH_AN_AD_CARD_IN_META_FORM)
    assert [(d.title, d.source) for d in drafts] == [
        ("Gold steadies as traders wait for central bank decisions", "Reuters"),
        ("Online shopping on Black Friday hits a record, tracker says", "Money Portal"),
    ]


TOPIC_PAGE_WITH_DOMAIN_SOURCES = """\
NewsRadar
Thema
Rentenreform
nachrichten.example.de
Bundestag beschließt die Rentenreform mit knapper Mehrheit
Die Opposition kündigt eine Klage vor dem Verfassungsgericht an.
vor 3 Std.
Spiegel
Was die Reform wirklich kostet
vor 45 Min.
Handelsblatt
Arbeitgeber warnen vor höheren Beiträgen
gestern
"""


def test_a_domain_over_a_cards_title_is_its_source_on_a_page_of_sourced_cards() -> None:
    drafts = split(TOPIC_PAGE_WITH_DOMAIN_SOURCES)
    assert [(d.role, d.source) for d in drafts] == [
        ("related", "nachrichten.example.de"),
        ("related", "Spiegel"),
        ("related", "Handelsblatt"),
    ]


KICKER_LIVE_BLOG_WITHOUT_RELATED_HEADING = """\
Gazzetta del Nord
LIVE
Maltempo al Nord, la diretta: esonda il fiume a Faenza, evacuate 800 persone
Ultimo aggiornamento: 20 novembre 2025, 14:42
Aggiorna
14:40
Il sindaco: "Chiederemo lo stato di emergenza"
Il sindaco ha annunciato che la giunta chiederà lo stato di emergenza già nel pomeriggio.
14:15
Treni sospesi tra Bologna e Rimini
La circolazione resta sospesa tra Castel Bolognese e Forlì per l'allagamento dei binari.
13:32
Vigili del fuoco con i gommoni
Nel quartiere Borgo i vigili del fuoco soccorrono con i gommoni i residenti rimasti in casa.
Potrebbe interessarti anche
Alluvione 2023, i risarcimenti ancora bloccati a Faenza
Il commissario ha liquidato 410 milioni su 1,2 miliardi di richieste.
19 novembre 2025
Bologna, chiuso il sottopasso di via Libia dopo le piogge
18 novembre 2025
"""


def test_a_live_blog_ends_at_the_first_card_after_its_last_entry() -> None:
    drafts = split(KICKER_LIVE_BLOG_WITHOUT_RELATED_HEADING)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Maltempo al Nord, la diretta: esonda il fiume a Faenza, evacuate 800 persone"),
        ("related", "Alluvione 2023, i risarcimenti ancora bloccati a Faenza"),
        ("related", "Bologna, chiuso il sottopasso di via Libia dopo le piogge"),
    ]
    blog = drafts[0]
    assert blog.time_text == "Ultimo aggiornamento: 20 novembre 2025, 14:42"
    for kept in ("14:40", "Treni sospesi tra Bologna e Rimini", "13:32"):
        assert kept in blog.body
    assert "410 milioni" not in blog.body
    assert not blog.captions  # (the first entry's stamp is no caption under "Aggiorna")


LIVE_ENTRIES_WITH_HEADLINE_AND_AUTHOR = """\
Live Updates
Winter storm live updates: blizzard closes highways across the Northeast
By Dana Holt and Sam Reyes
Updated 10:52 AM EST, Thu November 20, 2025
• More than 2 feet of snow has fallen in parts of Massachusetts and Rhode Island overnight.
• Airlines have canceled more than 6,000 flights nationwide, most of them in the Northeast.
10:41 a.m. ET, November 20, 2025
Boston breaks its single-day snowfall record
From our reporter Lee Park
Boston's airport recorded 24.6 inches of snow by 10 a.m., breaking the single-day record from 2003.
9:58 a.m. ET, November 20, 2025
Governor urges residents to stay off the roads
The governor said plows were struggling to keep up and asked residents not to drive.
"""


def test_a_live_blog_entry_keeps_its_headline_and_drops_its_author() -> None:
    [blog] = split(LIVE_ENTRIES_WITH_HEADLINE_AND_AUTHOR)
    assert "Boston breaks its single-day snowfall record" in blog.body
    assert "10:41 a.m. ET, November 20, 2025" in blog.body
    assert "From our reporter" not in blog.body


NOTICE_UNDER_ITS_HEADING = """\
The Northern Courier
News
Sport
This article has been removed
This article has been removed following a complaint. We are reviewing the matter under our \
complaints procedure and will not comment further while the review is ongoing.
We apologise for any inconvenience.
Most read
Freeport chief steps down after audit
Storm warning issued for the north east
"""


def test_a_notice_restating_its_heading_is_no_article() -> None:
    assert split(NOTICE_UNDER_ITS_HEADING) == []


def _short_page(heading: str, first: str, second: str) -> str:
    return (
        f"Harbour Weekly\nNews\nSport\nMaintenance\n{heading}\n{first}\n{second}\n"
        "Most read\nFreeport chief steps down after audit\nStorm warning issued for the north\n"
    )


@pytest.mark.parametrize(
    ("heading", "first", "second", "stories"),
    [
        (  # the site speaks of itself in the heading and in the text: a notice
            "We are giving our website a makeover",
            "The work should be finished by Sunday at six in the evening, when every page will "
            "load again as usual.",
            "Subscribers can read this week's edition in our app in the meantime.",
            0,
        ),
        (  # a headline with "we", a text without: a short story
            "Why we still fold paper maps in the glovebox",
            "Sales of printed road atlases rose for a third year in a row, the Harbour "
            "Booksellers' Association said on Thursday.",
            "Shops near the coast reported the biggest gains, mostly from walkers and cyclists.",
            1,
        ),
    ],
)
def test_a_short_text_in_the_sites_own_voice_under_a_heading_in_it_is_a_notice(
    heading: str, first: str, second: str, stories: int
) -> None:
    assert len(split(_short_page(heading, first, second))) == stories


def _outage_page(paragraphs: tuple[str, ...]) -> str:
    return (
        "Kestrel Bay Courier\nWe will be back in a moment\n"
        + "".join(f"{p}\n" for p in paragraphs)
        + "Contact us\nPrivacy\n"
    )


OUTAGE_NOTICE = (  # five paragraphs, most in the site's voice, reader notes between them
    "Our apologies: the Courier's pages cannot be reached while we move them to a new host.",
    "Nothing saved in your account will be lost in the move.",
    "We expect the move to be over by Wednesday lunchtime, and our crossword returns the same day.",
    "Questions about a subscription? Our help line on 0400 000 000 opens at 9am.",
    "Thank you for bearing with us while we finish this work.",
)
STORY_WITH_A_WE_HEADLINE = (  # the same shape telling of others: a story
    "The town council closed the east car park on Tuesday for resurfacing work.",
    "Drivers were told to use the ferry terminal lot until the middle of next month, the "
    "council's roads officer said.",
    "Shop owners on the quay said trade had already dropped since the closure began.",
    "The works will cost about 400,000 dollars, according to the council's budget papers.",
    "A public meeting on parking fees is planned for the first week of March.",
)


@pytest.mark.parametrize(
    ("paragraphs", "stories"), [(OUTAGE_NOTICE, 0), (STORY_WITH_A_WE_HEADLINE, 1)]
)
def test_a_notice_in_the_sites_voice_is_no_story_whatever_its_paragraph_count(
    paragraphs: tuple[str, ...], stories: int
) -> None:
    assert len(split(_outage_page(paragraphs))) == stories


AGENCY_AS_AUTHOR_WITH_HANDLE = """\
Asia & Pacific
Volcano erupts again in eastern Indonesia, flights canceled
By: Agence France-Presse - @deskhandle
Island Daily / 10:14 AM November 20, 2025
Indonesia raised the alert for the volcano to its highest level on Thursday after it erupted twice \
overnight, sending an ash column 9 kilometers into the sky.
No casualties were reported, but more than 4,000 people were already sheltering in schools.
"""


def test_an_agency_named_in_a_byline_with_a_handle_is_the_source() -> None:
    [story] = split(AGENCY_AS_AUTHOR_WITH_HANDLE)
    assert story.source == "Agence France-Presse"
    assert story.time_text == "10:14 AM November 20, 2025"  # "Site / stamp": a meta line


HEADLINE_LIST_UNDER_A_HEADING = """\
Top court orders the government to fill vacancies within four weeks
The bench said the vacancies had made the transparency law a dead letter in several states.
The Supreme Court on Thursday asked the government to fill the vacancies within four weeks, \
observing that the delay was defeating the purpose of the law.
The matter will next be heard on January 6.
Related
Top News Today
Cyclone to make landfall near the coast on Sunday, weather office says
Parliament winter session to begin December 1
"""


def test_a_shorter_headline_under_a_headline_is_no_rubric() -> None:
    drafts = split(HEADLINE_LIST_UNDER_A_HEADING)
    assert [d.title for d in drafts] == [
        "Top court orders the government to fill vacancies within four weeks"
    ]


ARCHIVE_NOTICE_OVER_THE_HEADLINE = """\
Harbour Herald
Education
This was published 5 months ago
Selective school places to rise as the state opens three new campuses
Themes of fairness and access dominate as the government moves to expand the system.
By Lucy Carbone
June 2, 2025 — 5.30am
Three new selective high schools will open in the west of the city by 2028, adding 1200 places a \
year to a system that receives more than 15,000 applications for about 4200 spots.
"""


def test_a_notice_of_the_storys_age_over_the_headline_is_a_kicker() -> None:
    [story] = split(ARCHIVE_NOTICE_OVER_THE_HEADLINE)
    assert story.title == "Selective school places to rise as the state opens three new campuses"


TEASER_AMONG_BARE_LINKS_AFTER_THE_TAGS = """\
Bypass gets green light after eight-year wait
Monday, 2 June 2025
The planning board has approved the long-delayed bypass of the town, ending a planning process \
that began in 2017 and drew more than 300 submissions from residents and businesses.
The council said it expects to go to tender before the end of the year.
Tags
Bypass
Planning
Related
Parking charges to be reviewed after summer of complaints
The council will look again at the hourly rate at the promenade car park following more than \
200 objections.
Ferry timetable cut as operator cites staff shortage
"""


def test_a_teaser_with_a_summary_among_bare_links_after_the_articles_end() -> None:
    drafts = split(TEASER_AMONG_BARE_LINKS_AFTER_THE_TAGS)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Bypass gets green light after eight-year wait"),
        ("related", "Parking charges to be reviewed after summer of complaints"),
    ]
    assert drafts[1].body.startswith("The council will look again")


COMMENTS_AND_A_NOTE_ON_THE_WRITER = """\
Opinion
Debt swaps buy time, but they cannot become a habit
Wanjiru Kamau
Published on: June 02, 2025 08:30 (EAT)
When the Treasury announced last month that it had swapped part of its expensive commercial debt \
for a cheaper loan, the mood in the capital was almost celebratory.
But a debt swap is a refinancing, not a cure. It changes when we pay, not how much we borrow.
The writer is a public finance analyst and a former budget officer.
Have your say
Kiprotich M.
3h
Very well argued. Publish the loan terms!
Achieng O.
5h
The problem is the pending bills, not the bond.
"""


def test_a_readers_comment_under_a_display_name_is_no_card_and_the_writer_note_goes() -> None:
    drafts = split(COMMENTS_AND_A_NOTE_ON_THE_WRITER)
    assert [d.title for d in drafts] == ["Debt swaps buy time, but they cannot become a habit"]
    assert "The writer is" not in drafts[0].body


AD_SLOT_INSIDE_A_PORTAL_STORY = """\
Portal Canada
CBC
Province orders all schools to lock away student phones from September
Story by Frances Willick
3h
Students from Grade 7 to 12 will have to hand in their cellphones at the start of the school day \
from September, the education minister announced on Wednesday.
Schools will be given lockable pouches or storage cabinets, paid for out of a provincial fund.
Ad
"What we heard over and over again is that the phone doesn't stay in the backpack," the minister \
told reporters. "So we're taking the decision out of the hallway."
Students with medical needs will be exempt, as will students who need a device for learning.
"""


def test_an_ad_slot_inside_a_text_that_goes_on_ends_no_article() -> None:
    [story] = split(AD_SLOT_INSIDE_A_PORTAL_STORY)
    assert "taking the decision out of the hallway" in story.body
    assert "Students with medical needs" in story.body


TOPIC_ACRONYM_OVER_THE_HEADLINE = """\
Cape Sport
RUGBY
URC
Stormers kick their way into the URC final with a late drop goal
Mihlali Baleka
19:45 SAST, 01 Jun 2025
A drop goal two minutes from time sent the Stormers into the final after a bruising 23-20 \
semi-final win over the Bulls in front of 55,000 people.
The Bulls had fought back from 17-6 down at half-time to level the scores.
"""


def test_an_acronym_the_headline_names_again_is_its_topic_not_its_source() -> None:
    [report] = split(TOPIC_ACRONYM_OVER_THE_HEADLINE)
    assert report.source is None


AGGREGATOR_WITH_ADVERTISER_AND_VIA_SOURCES = """\
NewsLens
Topic
Mekong drought
2h ago
Cambodia rations irrigation water as the lake falls to a record low
Farmers were told to skip a second rice crop this season after the lake dropped to its lowest.
via Khmer Times
Sponsored
Smart irrigation for modern farms — get a free quote today
AquaTech Solutions
Yesterday
Laos says upstream dams are not to blame for low river levels
via The Diplomat
"""


def test_an_advertiser_under_its_ad_and_a_via_publisher_under_a_title() -> None:
    drafts = split(AGGREGATOR_WITH_ADVERTISER_AND_VIA_SOURCES)
    assert [(d.title, d.source) for d in drafts] == [
        ("Cambodia rations irrigation water as the lake falls to a record low", "Khmer Times"),
        ("Laos says upstream dams are not to blame for low river levels", "The Diplomat"),
    ]


HEADER_WIDGET_OVER_AN_END_HEADING = """\
Markets
Sensex, Nifty snap four-day losing streak as banks, IT rally
The Sensex rose 612 points to close at 74,388 as foreign investors turned net buyers again.
Neha Kulkarni, CT Online
Last Updated: Mar 05, 2026, 02:22:00 PM IST
Abc
Small
Large
Comments
Indian equity benchmarks ended a four-session losing run on Thursday, led by gains in private \
lenders and information technology stocks.
The 30-share Sensex rose 612 points, while the Nifty gained 178 points.
Foreign investors turned net buyers for the first time in three weeks as crude oil prices eased \
and the rupee firmed against the dollar.
"""


def test_a_header_widget_under_the_stamp_keeps_the_text_under_it() -> None:
    [story] = split(HEADER_WIDGET_OVER_AN_END_HEADING)
    assert story.role == "lead"
    assert "The 30-share Sensex rose 612 points" in story.body
    assert "Small" not in story.body


CONTRIBUTOR_NOTE_OVER_THE_STAMP = """\
Opinion
Canada’s housing plan needs builders, not just billions
Ottawa has promised 500,000 homes a year. Without tradespeople to build them, that target will \
remain a slogan
Priya Raman is a senior fellow at a policy institute and a former municipal planner.
Contributed to The Northern Ledger
Published March 5, 2026
Every federal housing announcement now comes with a big number attached, and almost never with a \
plan for the people who would do the building.
The arithmetic does not work without tens of thousands of new carpenters and electricians.
"""


def test_a_line_under_a_note_on_the_author_heads_no_card() -> None:
    [column] = split(CONTRIBUTOR_NOTE_OVER_THE_STAMP)
    assert column.title == "Canada’s housing plan needs builders, not just billions"
    assert column.time_text == "Published March 5, 2026"


SUBSCRIPTION_PLANS_UNDER_A_HEADING = """\
Jornal do Planalto
Este conteúdo é exclusivo para assinantes
Para continuar lendo, faça login com sua conta ou escolha um dos nossos planos. Assinantes têm \
acesso ilimitado a reportagens, colunas e à edição digital do jornal.
Digital Completo
R$ 1,90 nos 3 primeiros meses
Receba o jornal impresso aos domingos e tenha acesso ilimitado ao site e ao aplicativo.
"""


def test_subscription_plans_under_a_heading_are_no_article() -> None:
    assert split(SUBSCRIPTION_PLANS_UNDER_A_HEADING) == []


def test_the_sites_own_name_with_the_main_story_is_no_source() -> None:
    text = (
        "Economia\nIstat: industrial output rises 1.2% in January, beating forecasts\n"
        "Redazione ANSA\n05 marzo 2026 10:04\n"
        "(ANSA) - ROMA, 05 MAR - Italian industrial output rose 1.2% in January from December, "
        "the statistics office said on Thursday, more than analysts had expected.\n"
        "Energy and capital goods led the rise, while consumer goods fell for a third month, "
        "and the annual index turned positive after twenty-two months.\n"
    )
    page = RawPage(text=text, fetched_at=FETCHED, url="https://www.ansa.example/economia/1.html")
    [own] = split_articles(clean_page(page))
    assert own.source is None
    [elsewhere] = split(text)  # the same credit on another site names the agency
    assert elsewhere.source == "ANSA"


QUEBEC_HEADER_AND_SWEDISH_CARDS = """\
Société
Grève à la STM : aucun autobus dans les rues mardi et mercredi
Le syndicat des chauffeurs rejette la dernière offre patronale et durcit le ton.
Un texte de Marie-Ève Tremblay
Publié le 2 juin 2025 à 14 h 05 HAE
Les quelque 4500 chauffeurs d’autobus déclencheront une grève de 48 heures mardi et mercredi, a \
annoncé lundi leur syndicat, qui rejette la plus récente offre de l’employeur.
Le métro continuera de rouler aux heures de pointe, mais aucun autobus ne circulera de la journée.
"""


def test_a_quebec_byline_and_spaced_clock_make_the_header() -> None:
    [story] = split(QUEBEC_HEADER_AND_SWEDISH_CARDS)
    assert story.time_text == "Publié le 2 juin 2025 à 14 h 05 HAE"
    assert "Marie-Ève Tremblay" not in story.body


def test_bare_minutes_after_a_cards_source_are_its_age() -> None:
    drafts = split(
        "Fler nyheter\nSvD Näringsliv · 2 tim\n"
        "Bolåneräntorna sjunker – så mycket sparar en vanlig familj\n"
        "Expressen · 45 min\nKommunerna varnar: Stora underskott väntar 2027\n"
    )
    assert [(d.source, d.time_text) for d in drafts] == [
        ("SvD Näringsliv", "2 tim"),
        ("Expressen", "45 min"),
    ]


def test_an_episodes_length_in_its_meta_line_gives_way_to_its_stamp() -> None:
    # "Episode · 18 min · 4 hours ago": the minutes are the episode's length, the medium's
    # label no publisher; the story is a card of its own
    drafts = split(
        "Latest episodes\nPodcast\nThe Morning Brief\n"
        "Why the port strike ended and what dockworkers actually won\n"
        "Union leaders and shippers reached a deal at 3am. Our reporter explains the fine print.\n"
        "Episode · 18 min · 4 hours ago\n"
        "Podcast\nInside the Chamber\nBudget week: the three numbers to watch\n"
        "Episode · 41 min · Yesterday\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        ("Why the port strike ended and what dockworkers actually won", None, "4 hours ago"),
        ("Budget week: the three numbers to watch", None, "Yesterday"),
    ]


def test_a_publishers_bare_minutes_and_a_later_stamp_keep_the_publisher() -> None:
    # must-stay: "Expressen · 45 min" alone keeps the minutes as the age (above); a
    # publisher is no medium's label: "BBC Sounds · 18 min · 4 hours ago" keeps its source
    drafts = split(
        "Fler nyheter\nSvD Näringsliv · 2 tim\n"
        "Bolåneräntorna sjunker – så mycket sparar en vanlig familj\n"
        "Expressen · 45 min · 3 tim\nKommunerna varnar: Stora underskott väntar 2027\n"
    )
    assert [(d.source, d.time_text) for d in drafts] == [
        ("SvD Näringsliv", "2 tim"),
        ("Expressen", "3 tim"),
    ]


LINK_LIST_IN_TITLE_CASE_INSIDE_THE_TEXT = """\
Copper Jumps to Record as Chile Mine Outage Deepens Supply Squeeze
Jack Farchy
Fri, Nov 27, 2026, 9:41 PM
(Bloomberg) -- Copper surged to an all-time high after a landslide halted output at one of \
Chile’s biggest mines, adding to fears that the market will be short of the metal next year.
Trump Floats Tariff Truce With Mexico Ahead of Summit
The Hottest Housing Market in America Is Now in the Midwest
Benchmark futures on the London Metal Exchange rose as much as 4.1% to $12,480 a ton, eclipsing \
the previous peak set in May.
"""


def test_headline_links_in_title_case_between_paragraphs_leave_the_text() -> None:
    [story] = split(LINK_LIST_IN_TITLE_CASE_INSIDE_THE_TEXT)
    assert "Trump Floats" not in story.body
    assert "Hottest Housing Market" not in story.body  # (no author "in" a place either)
    assert "Benchmark futures" in story.body


STAMPLESS_CARD_BETWEEN_STAMPED_CARDS = """\
Related
Bloomberg
4h
Copper climbs to a two-month high on hopes for Chinese demand
Financial Times
Peru approves mining royalty overhaul
Lawmakers backed a sliding royalty tied to metal prices after a marathon session.
The Economist
1d
Why the lithium bust will not last
"""


def test_a_source_title_and_summary_between_sourced_cards_is_a_card_without_a_stamp() -> None:
    drafts = split(STAMPLESS_CARD_BETWEEN_STAMPED_CARDS)
    assert [(d.source, d.title, d.time_text) for d in drafts] == [
        ("Bloomberg", "Copper climbs to a two-month high on hopes for Chinese demand", "4h"),
        ("Financial Times", "Peru approves mining royalty overhaul", None),
        ("The Economist", "Why the lithium bust will not last", "1d"),
    ]
    assert drafts[0].body == ""
    assert drafts[1].body.startswith("Lawmakers backed a sliding royalty")


AUTHOR_BOX_AFTER_THE_TEXT = """\
Turismo
Baleares duplicará la ecotasa en verano y la extenderá a los cruceros
El Govern prevé recaudar 240 millones al año con el nuevo impuesto de los hoteles de lujo
Lucía Bohórquez
Palma - 14 abr 2026 - 05:40 CEST
El Gobierno balear presentó este lunes el anteproyecto de ley que duplicará el impuesto de \
turismo sostenible durante los meses de verano.
La presidenta balear defendió que la medida busca corresponsabilizar al visitante de la presión \
que soportan las islas.
Sobre la firma
Lucía Bohórquez
Redactora de la delegación de Baleares. Licenciada en Periodismo por la Universidad Complutense.
"""

NOTE_ON_THE_AUTHOR_THEN_A_NOTICE = """\
Opinion
Municipal debt to the power utility needs consequences, not another write-off
By Thandeka Khumalo
06 Sep 2026
Municipalities owe the utility more than R95 billion, and the number grows every month because \
nobody who decides whether to pay faces any consequence for not paying.
The debt-relief programme launched in 2023 was supposed to fix this, but fewer than half of the \
municipalities in it have kept up their current accounts.
Khumalo is an energy researcher at a Johannesburg-based research centre.
The views of the writer are not necessarily the views of The Cape Ledger.
The power station at dusk. (Photo: Gallo Images / Lefty Shivambu)
"""


def test_the_authors_name_again_or_a_note_on_the_author_closes_the_text() -> None:
    [story] = split(AUTHOR_BOX_AFTER_THE_TEXT)
    assert "corresponsabilizar al visitante" in story.body
    assert "Redactora de la delegación" not in story.body
    assert "Sobre la firma" not in story.body
    [column] = split(NOTE_ON_THE_AUTHOR_THEN_A_NOTICE)
    assert "fewer than half of the municipalities" in column.body
    assert "The views of the writer" not in column.body
    assert [caption.credit for caption in column.captions] == ["Gallo Images / Lefty Shivambu"]


def test_a_via_in_a_headline_is_no_source_on_a_page_without_via_lines() -> None:
    drafts = split(
        "Latest\nReuters\n2h ago\nPope flies on to Mexico City via Central Havana\n"
        "Bloomberg\n3h ago\nOil prices slip as traders weigh supply and demand\n"
    )
    assert drafts[0].title == "Pope flies on to Mexico City via Central Havana"
    assert drafts[0].source == "Reuters"


def test_a_headline_printed_twice_over_its_text_is_still_the_lead() -> None:
    text = (
        "Council approves the new bus depot after two years of delays\n"
        "Council approves the new bus depot after two years of delays\n"
        "The council has approved a new bus depot on the edge of the city, ending two years of "
        "arguments about where the fleet should be kept overnight.\n"
        "The depot will hold 120 buses and is due to open in 2028, the transport chair said.\n"
    )
    [story] = split(text)
    assert story.title == "Council approves the new bus depot after two years of delays"


STAMPLESS_CARD_LAYOUTS = {
    "title, summary, stamp": """\
More news
Rail strike called off after late-night talks
The union said members would vote on the new offer next week.
2 hours ago
Harbour bridge to close for two nights of repairs
Drivers will be diverted through the tunnel from 10pm on Friday.
Council approves budget with small rise in rates
The increase of 2.1 per cent is the lowest in a decade, the mayor said.
5 hours ago
""",
    "stamp, title, summary": """\
More news
2 hours ago
Rail strike called off after late-night talks
The union said members would vote on the new offer next week.
Harbour bridge to close for two nights of repairs
Drivers will be diverted through the tunnel from 10pm on Friday.
5 hours ago
Council approves budget with small rise in rates
The increase of 2.1 per cent is the lowest in a decade, the mayor said.
""",
    "title, stamp, summary": """\
More news
Rail strike called off after late-night talks
2 hours ago
The union said members would vote on the new offer next week.
Harbour bridge to close for two nights of repairs
Drivers will be diverted through the tunnel from 10pm on Friday.
Council approves budget with small rise in rates
5 hours ago
The increase of 2.1 per cent is the lowest in a decade, the mayor said.
""",
}


@pytest.mark.parametrize("layout", sorted(STAMPLESS_CARD_LAYOUTS))
def test_a_card_without_a_stamp_between_stamped_teasers(layout: str) -> None:
    drafts = split(STAMPLESS_CARD_LAYOUTS[layout])
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Rail strike called off after late-night talks", "2 hours ago"),
        ("Harbour bridge to close for two nights of repairs", None),
        ("Council approves budget with small rise in rates", "5 hours ago"),
    ]
    assert drafts[0].body == "The union said members would vote on the new offer next week."
    assert drafts[1].body == "Drivers will be diverted through the tunnel from 10pm on Friday."


def test_an_articles_subheading_before_a_teaser_is_no_card() -> None:
    drafts = split(
        "Rail strike called off after late-night talks with the operator\n2 hours ago\n"
        "The union said its members would vote on the new offer next week, after twelve hours "
        "of talks that ended shortly before midnight on Thursday at the conciliation service.\n"
        "What happens next\n"
        "Trains will run normally from Saturday.\n"
        "Council approves budget with small rise in rates\n5 hours ago\n"
    )
    assert [d.title for d in drafts] == [
        "Rail strike called off after late-night talks with the operator",
        "Council approves budget with small rise in rates",
    ]


def test_a_portal_publisher_named_in_its_headline_is_still_the_source() -> None:
    drafts = split(
        "Portal\nBBC\nBBC to cut 500 jobs in its news division\n3 hours ago\n"
        "Reuters\nOil prices slip as traders weigh supply\n5 hours ago\n"
    )
    assert [d.source for d in drafts] == ["BBC", "Reuters"]


def test_an_end_heading_in_the_toolbar_over_the_stamp_does_not_end_the_lead() -> None:
    drafts = split(
        "Newsticker\nSecurity\n"
        "Router maker patches critical flaw in its remote access feature\n"
        "A bug in the remote feature let attackers take over routers. About 40 models are hit.\n"
        "Druckansicht\nKommentare lesen\n"
        "19.11.2025 15:12 Uhr\nVon Dennis Schirrmacher\n"
        "The router maker has published security updates for about 40 of its models, closing a "
        "flaw that its own advisory rates as critical for anyone who uses remote access.\n"
        "Devices with automatic updates will install the fixed versions over the coming days, "
        "the company said, and owners of older models should switch the feature off.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Router maker patches critical flaw in its remote access feature", "19.11.2025 15:12 Uhr")
    ]
    assert "owners of older models should switch the feature off" in drafts[0].body


def test_a_count_line_shorter_than_the_headline_under_it_is_no_headline() -> None:
    drafts = split(
        "Software\nSecurity\n19 comment bubble on white\n"
        "Patch now: VPN gateways hit by a pre-auth flaw already under attack\n"
        "Vendor says exploitation is limited, the agency disagrees and sets a two-week deadline\n"
        "Connor Ashby\nThu 20 Nov 2025 // 14:32 UTC\n"
        "Network appliance maker Lightwave has told customers to patch its gateways at once "
        "after attackers began exploiting a flaw that needs no password at all to reach.\n"
        "The company said on Thursday it was aware of limited exploitation against a small "
        "number of customers and urged everyone else to install the fixed firmware now.\n"
    )
    assert drafts[0].title == (
        "Patch now: VPN gateways hit by a pre-auth flaw already under attack"
    )


def test_a_comment_count_or_a_section_in_a_cards_meta_line_is_no_source() -> None:
    drafts = split(
        "More stories\n"
        "Online gaming firms cut 4,000 jobs after ban, industry body says\nBusiness · 1 day ago\n"
        "Delhi court refuses to stay central bank circular on gaming payments\n2 days | 12\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Online gaming firms cut 4,000 jobs after ban, industry body says", None),
        ("Delhi court refuses to stay central bank circular on gaming payments", None),
    ]


def test_a_newsroom_with_an_elided_capital_and_an_agency_is_no_card_title() -> None:
    drafts = split(
        "Monde\n"
        "Sénégal : le gouvernement annonce la gratuité des soins pour les jeunes enfants\n"
        "La mesure, qui entrera en vigueur le 1er juillet, doit coûter 38 milliards par an.\n"
        "Le Courrier de l'Ouest avec AFP\n"
        "Publié le 19/11/2025 à 09h12\n"
        "Le Premier ministre a annoncé mardi la gratuité des consultations et des médicaments "
        "essentiels pour les enfants de moins de cinq ans, une mesure attendue depuis longtemps.\n"
        "Plusieurs syndicats de médecins ont salué une avancée historique, tout en mettant en "
        "garde contre le manque de personnel dans les centres de santé des régions.\n"
    )
    assert [(d.title, d.time_text, d.source) for d in drafts] == [
        (
            "Sénégal : le gouvernement annonce la gratuité des soins pour les jeunes enfants",
            "Publié le 19/11/2025 à 09h12",
            None,
        )
    ]


def test_a_stamp_under_a_chip_closes_the_card_above_when_the_next_title_has_its_own() -> None:
    drafts = split(
        "More From UAE\n"
        "Abu Dhabi announces 10-day public holiday for private sector?\nPublic holiday\n"
        "2 hours ago\n"
        "Salik to add two new toll gates on Sheikh Zayed Road\n"
        "The gates at Business Bay and Al Safa South will go live in November.\n"
        "Published: November 19, 2025 18:40\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Abu Dhabi announces 10-day public holiday for private sector?", "2 hours ago"),
        (
            "Salik to add two new toll gates on Sheikh Zayed Road",
            "Published: November 19, 2025 18:40",
        ),
    ]


def test_a_headline_opening_a_block_keeps_its_unstopped_deck() -> None:
    drafts = split(
        "Monsoon reaches Kerala three days early, forecasters expect above-normal rain\n"
        "By Aditi Menon\nUpdated on: Nov 20, 2025 02:14 PM IST\n"
        "The southwest monsoon set in over Kerala on Tuesday, three days ahead of its normal "
        "onset date, the weather office said, and will cover the rest of the state this week.\n"
        "Related Stories\n"
        "Heatwave grips north India; Delhi records 46.2°C, highest in four years\n"
        "Power demand touches all-time high of 262 GW as temperatures soar\n"
        "Updated on: Nov 19, 2025 11:05 PM IST\n"
    )
    assert [d.title for d in drafts][1:] == [
        "Heatwave grips north India; Delhi records 46.2°C, highest in four years"
    ]
    assert drafts[1].body == "Power demand touches all-time high of 262 GW as temperatures soar"


def test_a_quoting_headline_under_a_heading_is_no_authors_role() -> None:
    drafts = split(
        "Strategic timeout\n"
        "RCB 102/2 after 11 overs, needing 85 more from 54 balls, with Kohli and Patidar "
        "together for the third wicket.\n"
        "Latest Cricket News\n"
        "Gill says GT ‘fell 15 runs short’ in final\n"
        "2 hours ago\n"
    )
    assert drafts[-1].title == "Gill says GT ‘fell 15 runs short’ in final"


@pytest.mark.parametrize("stamp", ["Updated: November 20, 2025 13:20 IST", None])
def test_a_breadcrumb_ending_with_the_headline_is_no_title(stamp: str | None) -> None:
    drafts = split(
        "India\nWorld\n"
        "Home / India / Court seeks government reply on plea against new gaming rules\n"
        "Court seeks government reply on plea against new gaming rules\n"
        + ("Written By: PTI\n" + stamp + "\n" if stamp else "")
        + "NEW DELHI, Nov 20 (PTI) The Supreme Court on Thursday sought the government's "
        "response on a batch of petitions challenging the new rules that ban real-money games.\n"
        "A bench of two judges issued notice to the ministry and listed the matter for "
        "hearing next month, after lawyers for the companies argued the ban was unlawful.\n"
    )
    assert drafts[0].title == "Court seeks government reply on plea against new gaming rules"
    assert "Home / India" not in drafts[0].body


def test_a_wires_desk_codes_glued_after_the_last_sentence_go_and_its_signature_stays() -> None:
    text = (
        "Court seeks government reply on plea against new gaming rules\nWritten By: PTI\n"
        "Updated: November 20, 2025 13:20 IST\n"
        "NEW DELHI, Nov 20 (PTI) The Supreme Court on Thursday sought the government's "
        "response on a batch of petitions challenging the new rules that ban real-money games.\n"
        "The bench declined to stay the rules but said the petitioners could come back if "
        "coercive action was taken against any company.{tail}\n"
    )
    assert split(text.format(tail=" PTI ABC DEF RT"))[0].body.endswith("against any company.")
    assert split(text.format(tail=" EFE"))[0].body.endswith("against any company. EFE")


def test_a_caption_under_its_credit_under_an_authors_role_line_is_a_caption() -> None:
    drafts = split(
        "Cornwall\nFalmouth ferry operator cuts winter sailings after fuel costs double\n"
        "3 hours ago\nLaura Trevithick\nBBC News, Cornwall\nGetty Images\n"
        "The St Mawes ferry has run year-round since the 1950s\n"
        "A ferry operator in Cornwall has cut its winter timetable by half, blaming a doubling "
        "in fuel costs and a fall in off-season passengers.\n"
        "The company said the route lost about £4,000 a week last winter and could not go on "
        "at its current frequency without help from the council.\n"
    )
    assert "St Mawes ferry has run" not in drafts[0].body
    assert [(c.text, c.credit) for c in drafts[0].captions] == [
        ("The St Mawes ferry has run year-round since the 1950s", "Getty Images")
    ]


def test_a_title_and_summary_under_the_last_title_over_stamp_teaser_are_a_card() -> None:
    drafts = split(
        "Sur le même sujet\n"
        "Côte d’Ivoire : Abidjan lance un vaste plan contre les inondations\nIl y a 3 h\n"
        "Niger : les exportations de pétrole reprennent via le Bénin\n"
        "La reprise du pompage a été confirmée par la compagnie nationale.\n"
    )
    assert [(d.title, d.time_text, d.body) for d in drafts] == [
        ("Côte d’Ivoire : Abidjan lance un vaste plan contre les inondations", "Il y a 3 h", ""),
        (
            "Niger : les exportations de pétrole reprennent via le Bénin",
            None,
            "La reprise du pompage a été confirmée par la compagnie nationale.",
        ),
    ]


READER_COMMENTS = """\
The Valley Courier
Town council approves new bus depot on the old mill site
Published: November 3, 2026
The town council voted 7-2 on Monday to build a bus depot on the old mill site.
Councillors said the depot would bring forty jobs and let the bus company run later routes.
Comments
Gareth Moss
Nov 3, 2026 09:12AM
Another depot, another promise. Who will pay for the evening routes?
Lina Okafor
Nov 3, 2026 10:40AM
Forty jobs are welcome news for the valley at least.
"""


def test_a_readers_comment_of_two_sentences_under_its_stamp_heads_no_card() -> None:
    drafts = split(READER_COMMENTS)
    assert [draft.title for draft in drafts] == [
        "Town council approves new bus depot on the old mill site"
    ]


UPDATE_STAMP_OVER_TEASERS = """\
The Evening Ledger
Lake district limits boat traffic as water level falls to a record low
Marinas on the north shore will close two launch ramps from Monday, officials said
By Dana Price
and
Omar Haddad
Updated 2 hours ago
The lake authority said on Friday it would limit motorboat traffic for the rest of the year.
Water levels have fallen by almost two metres since June, exposing sandbanks near the marinas.
More from Climate
Three towns agree to share a new reservoir on the upper river
The towns will split the cost of the dam in proportion to their population.
By Omar Haddad
45 minutes ago
Ferry operators fear a short season
The operators said bookings had fallen by a third.
By Dana Price
yesterday
"""


def test_a_stamp_under_a_related_heading_is_not_the_articles() -> None:
    lead = split(UPDATE_STAMP_OVER_TEASERS)[0]
    assert lead.title.startswith("Lake district limits boat traffic")
    assert lead.time_text == "Updated 2 hours ago"


def test_a_label_glued_to_its_value_over_the_stamp_is_no_headline() -> None:
    drafts = split(
        "Harbour News\nCity Desk\n"
        "Council delays vote on harbour bridge tolls until the new year\n"
        "By Mia Long and Tom Reid\nCity Desk\nCategory:Local Politics\n"
        "Posted Tue 3 Mar 2026 at 7:05am\n"
        "Traffic crosses the harbour bridge at dusk.(City News: Tom Reid)\n"
        "Key points:\n"
        "The vote on the tolls was due on Monday night\n"
        "Residents filled the public gallery for a second week\n"
        "The city council has put off a vote on tolls for the harbour bridge until January, "
        "after residents filled the public gallery for a second week.\n"
        "Councillors said they needed more time to study the traffic figures.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        (
            "Council delays vote on harbour bridge tolls until the new year",
            "Posted Tue 3 Mar 2026 at 7:05am",
        )
    ]


def test_a_byline_that_carries_the_stamp_gives_the_articles_stamp() -> None:
    drafts = split(
        "The Desert Tribune\nRegion\n"
        "Drought cuts wheat harvest in the north for a third year\n"
        "By AFP - Mar 3,2026 - Last updated at Mar 4,2026\n"
        "DAMASCUS — The wheat harvest in the north fell for a third year running, the "
        "agriculture ministry said on Tuesday, as rainfall stayed far below its average.\n"
        "Farmers said many fields had not been sown at all because seed prices had doubled.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Drought cuts wheat harvest in the north for a third year", "Mar 3,2026")
    ]


def test_a_menu_item_set_in_capitals_over_the_headline_is_no_source() -> None:
    page = (
        "Het Dagblad\nNieuws\n{menu}\nRegio\n{chip}\n"
        "Gemeente opent nieuw zwembad in het centrum na drie jaar bouwen\n"
        "Gisteren om 18:30\n"
        "Het nieuwe zwembad aan de Kaai opent zaterdag de deuren, na drie jaar bouwen en "
        "een kostprijs van 40 miljoen euro, zo meldt het stadsbestuur.\n"
        "Het bad heeft een wedstrijdbad van vijftig meter en een apart instructiebad.\n"
    )
    assert split(page.format(menu="Plus", chip="PLUS"))[0].source is None
    assert split(page.format(menu="Sport", chip="VRT"))[0].source == "VRT"


def test_a_persons_name_under_a_headline_over_the_stamp_is_its_author_not_a_cards_source() -> None:
    drafts = split(
        "Hubline\nNews\nSign in\n"
        "The Harbour Gazette\n"
        "Port strike ends after dockworkers accept a four-year wage deal\n"
        "Jessica Marr\n"
        "Fri, November 20, 2025 at 4:10 AM EST\n"
        "Follow Hubline on Google\n"
        "Dockworkers at the city's container port voted on Thursday to accept a four-year "
        "wage deal, ending a strike that had left ships waiting at anchor for nine days.\n"
        "The union said 81% of members backed the agreement in the ballot.\n"
        "More Stories\n"
        "Stocks open higher in shortened session\n"
        "Reuters · 2h ago\n"
        "Wall Street futures edged up early Friday as investors looked to retail earnings.\n"
    )
    assert (drafts[0].title, drafts[0].source) == (
        "Port strike ends after dockworkers accept a four-year wage deal",
        "The Harbour Gazette",
    )


@pytest.mark.parametrize(
    ("byline", "source"), [("dpa", "dpa"), ("Ritzau", "Ritzau"), ("Ramses", None)]
)
def test_an_agencys_one_word_name_in_the_bylines_place_is_the_source(
    byline: str, source: str | None
) -> None:
    drafts = split(
        "Nordic Daily\nINDLAND\n"
        "Government sets aside billions for new railway signals\n"
        f"{byline}\n"
        "20.11.2025 14:32\n"
        "The government will spend 2.4 billion kroner over four years on replacing the "
        "signals on the oldest lines, where breakdowns have cancelled trains every week.\n"
        "The agreement was made on Friday with a broad majority in parliament.\n"
    )
    assert [(d.title, d.source) for d in drafts] == [
        ("Government sets aside billions for new railway signals", source)
    ]


def test_the_sites_own_name_over_the_days_date_is_its_masthead_not_a_card() -> None:
    text = (
        "The Valley Ledger\nFri, Nov 20, 2025\nNational\nPolitics\nOpinion\nSports\nOpinion\n"
        "Cities need buses, not more flyovers\n"
        "Anita Rai\n"
        "Published at : November 18, 2025\n"
        "When the city council approved three new flyovers last year, it promised that traffic "
        "would ease within months. It has not, and the reason is simple.\n"
        "Every new lane has filled with cars within weeks, as planners everywhere have found.\n"
        "A bus lane on each of the three roads would have cost a tenth as much and moved four "
        "times as many people at the busiest hour of the day, the council's own study says.\n"
        "The council should spend next year's budget on buses, and stop building flyovers.\n"
    )
    page = RawPage(text=text, fetched_at=FETCHED, url="https://valleyledger.example/opinion/1")
    drafts = split_articles(clean_page(page))
    assert [(d.role, d.title) for d in drafts] == [("lead", "Cities need buses, not more flyovers")]


@pytest.mark.parametrize(
    ("trailer", "source"), [("Source: HarbourNews/km", None), ("Source: Reuters/km", "Reuters")]
)
def test_a_desk_editors_initials_after_the_source_are_no_part_of_its_name(
    trailer: str, source: str | None
) -> None:
    text = (
        "HarbourNews\nSingapore\n"
        "Ferry fares to rise by 8% from January as fuel costs climb\n"
        "20 Nov 2025 08:05PM\n"
        "SINGAPORE: Ferry fares between the mainland and the southern islands will rise by 8% "
        "from January, the operator said on Thursday, citing higher fuel costs.\n"
        "A single adult ticket will cost S$19.50, up from S$18, and a return ticket S$36.\n"
        "The operator said it had held fares for three years, but fuel now made up more than "
        "a third of its costs, against a fifth when fares were last raised in 2022.\n"
        f"{trailer}\n"
    )
    page = RawPage(text=text, fetched_at=FETCHED, url="https://www.harbournews.example/sg/1")
    assert [d.source for d in split_articles(clean_page(page))] == [source]


@pytest.mark.parametrize(
    "header",
    [
        "Valley Times\nMenu\nState News\n{title}\nBy MARIA LOPEZ\nAssociated Press\n"
        "Published 10:22 PM EST, Thu November 20, 2025\n",
        "Scores\nSchedule\nStandings\nRecap\n{title}\nNov 20, 2025, 11:48 PM ET\n"
        "Associated Press\n",
    ],
)
def test_a_news_agency_in_the_header_outranks_a_kicker_over_the_headline(header: str) -> None:
    title = "Arizona adopts first groundwater limits for fast-growing rural basins"
    drafts = split(
        header.format(title=title)
        + "PHOENIX (AP) — Arizona's water regulators on Thursday adopted the state's first "
        "limits on groundwater pumping in two rural basins where wells have been running dry.\n"
        "The rules cap new pumping in the Willcox and Gila Bend basins at current levels and "
        "require large farms to report how much water they use each year from 2027.\n"
        "More news\n"
        "Tucson council votes to expand bus service to the airport\n"
        "Valley Times · 3 hours ago\n"
        "Phoenix opens two new cooling centers ahead of the weekend\n"
        "Valley Times · 5 hours ago\n"
    )
    assert (drafts[0].title, drafts[0].source) == (title, "Associated Press")


def test_title_deck_author_and_the_papers_name_over_the_stamp() -> None:
    title = "Irrigation district delays canal lining project after bids come in high"
    drafts = split(
        "News\nSports\nBusiness\nOpinion\n"
        f"{title}\n"
        "Board members say they will rebid the work in spring, pushing completion to 2029\n"
        "Alicia Moreno\n"
        "San Joaquin Courier\n"
        "Published 6:42 a.m. ET Nov. 20, 2025\n"
        "The irrigation district board voted 4-1 on Wednesday to throw out all three bids for "
        "lining its main canal after the lowest came in $14 million over the budget.\n"
        "The project would line 11 miles of the district's main earthen canal with concrete.\n"
    )
    assert [d.title for d in drafts] == [title]


def test_a_byline_split_after_by_is_no_headline() -> None:
    title = "Battery maker recalls 38,000 home units over overheating risk"
    drafts = split(
        "CircuitWire\nGadgets\nEnergy\n"
        f"{title}\n"
        "By\n"
        "Nina Park, senior energy reporter\n"
        "Nov 20, 2025, 2:30 PM EST\n"
        "The company is recalling about 38,000 of its home battery systems after reports that "
        "some units overheated while charging, federal regulators said on Thursday.\n"
        "Owners should keep the units running at reduced capacity until a technician visits.\n"
    )
    assert [d.title for d in drafts] == [title]


def test_a_caption_opening_like_a_byline_is_no_byline() -> None:
    drafts = split(
        "Diario del Plata\nEconomía\n"
        "El Gobierno congela por 90 días las tarifas de colectivos y trenes\n"
        "20/11/2025 14:10\n"
        "El Ministerio de Economía resolvió congelar por 90 días las tarifas de colectivos y "
        "trenes del área metropolitana, según informaron fuentes oficiales.\n"
        "Las cámaras empresarias del transporte reaccionaron con malestar a la medida.\n"
        "Un colectivo de la línea 60 en Avenida Cabildo. Foto: Archivo\n"
        "El congelamiento no incluye a los subtes, cuya tarifa depende del gobierno porteño.\n"
    )
    assert "no incluye a los subtes" in drafts[0].body
    assert [(c.text, c.credit) for c in drafts[0].captions] == [
        ("Un colectivo de la línea 60 en Avenida Cabildo.", "Archivo")
    ]


def test_a_caption_under_a_photo_agencys_credit_over_match_data() -> None:
    caption = "Kasper Høgh's late header sealed the home side's first win over an English club"
    drafts = split(
        "Sport\nFootball\nEuropa League\n"
        "Bodø/Glimt stun Tottenham with late Høgh winner in Arctic cold\n"
        "20 November 2025 • 22:15 GMT\n"
        "Simon Stone\n"
        "Senior football reporter\n"
        "Getty Images\n"
        f"{caption}\n"
        "Bodø/Glimt 2-1 Tottenham\n"
        "Kasper Høgh scored twice, including a late header, as Bodø/Glimt beat Tottenham on a "
        "freezing night inside the Arctic Circle to move level on points with them.\n"
        "Dominic Solanke levelled after the break, stabbing in from close range.\n"
    )
    assert caption not in drafts[0].body
    assert [(c.text, c.credit) for c in drafts[0].captions] == [(caption, "Getty Images")]


def test_a_cards_source_over_the_storys_place_over_the_stamp() -> None:
    drafts = split(
        "LocalWire\nLocal News\nToday's top stories near Houston, TX\n"
        "Channel 11 News\nHouston, TX\n2h\n"
        "School board votes to close nine campuses as enrollment keeps falling\n"
        "The board voted 6-3 late Thursday to close nine schools at the end of the year.\n"
        "Bayou Chronicle\nKaty, TX\n5h\n"
        "Transit agency approves $1.1 billion plan to rebuild the corridor for buses\n"
        "The plan replaces the long-delayed light-rail line with dedicated bus lanes.\n"
    )
    assert [d.source for d in drafts] == ["Channel 11 News", "Bayou Chronicle"]


def test_title_and_its_chip_over_a_stamp_then_the_next_card() -> None:
    drafts = split(
        "Harbour News\nWorld\n"
        "Rescuers search rubble after strong earthquake strikes the east\n"
        "Updated 20 Nov 2025 14:20 GMT\n"
        "Rescuers searched collapsed buildings through the night after a strong earthquake "
        "struck the east of the country, the disaster agency said on Thursday.\n"
        "Schools in five provinces were closed for a week as aftershocks continued.\n"
        "Related\n"
        "Why the east keeps shaking: the faults beneath the plateau\n"
        "Explainer\n"
        "5h ago\n"
        "Three years after the last quake, the old town is still rebuilding\n"
        "Thousands of families still live in container cities as reconstruction lags.\n"
        "1d ago\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Why the east keeps shaking: the faults beneath the plateau",
        "Three years after the last quake, the old town is still rebuilding",
    ]


def test_an_authors_publisher_after_the_comma_on_a_sourced_card() -> None:
    drafts = split(
        "Topics\nSri Lanka economy\n"
        "IMF staff reach agreement with Sri Lanka on sixth review of bailout\n"
        "Reuters · 2 hrs ago\n"
        "Cabinet approves 2027 budget framework with VAT relief for essentials\n"
        "Daily Ledger · 3 hrs ago\n"
        "The IMF programme is working, but not for everyone\n"
        "Nimal Fernando, MarketNext\n"
        "Nov 19, 2025\n"
        "Rural households are still paying for a recovery that has mostly reached the capital.\n"
    )
    assert [d.source for d in drafts] == ["Reuters", "Daily Ledger", "MarketNext"]


def test_a_font_button_is_no_echo_and_a_byline_repeating_its_agency_after_a_slash() -> None:
    drafts = split(
        "THE LEDGER MALAYSIA\nCorporate\nEconomy\n"
        "Malaysia's growth forecast raised to 4.9% on strong exports, says central bank\n"
        "By Bernama / Bernama\n"
        "20 Nov 2025, 05:12 pm\n"
        "-A\n+A\n"
        "KUALA LUMPUR (Nov 20): The central bank has raised its forecast for the economy's "
        "growth this year to 4.9 per cent from 4.5 per cent after exports grew faster.\n"
        "Exports of electrical and electronic products rose 12 per cent in the third quarter.\n"
    )
    assert [d.source for d in drafts] == ["Bernama"]


def test_an_agency_acronym_before_a_clocked_stamp_is_the_source() -> None:
    drafts = split(
        "The Policy Desk\nPolitics\nEconomy\n"
        "Cabinet clears scheme to expand cold storage for perishable farm produce\n"
        "ANI | Updated: Nov 20, 2025 17:05 IST\n"
        "New Delhi [India], November 20 (ANI): The Union Cabinet on Thursday approved a scheme "
        "to build integrated cold chains for fruits, vegetables and dairy products.\n"
        "The scheme would create storage for another 2.5 million tonnes, the minister said.\n"
    )
    assert [d.source for d in drafts] == ["ANI"]


@pytest.mark.parametrize(("chip", "source"), [("LOCAL", None), ("KYODO", "KYODO"), ("NHK", "NHK")])
def test_five_capitals_over_the_headline_are_a_word_unless_an_agency(
    chip: str, source: str | None
) -> None:
    drafts = split(
        "News\nSports\nBusiness\nOpinion\n"
        f"{chip}\n"
        "Irrigation district delays canal lining project after bids come in high\n"
        "Published 6:42 a.m. ET Nov. 20, 2025\n"
        "The irrigation district board voted 4-1 on Wednesday to throw out all three bids for "
        "lining its main canal after the lowest came in $14 million over the budget.\n"
        "The project would line 11 miles of the district's main earthen canal with concrete.\n"
        "More news\n"
        "Council approves 3% water rate increase for 2027\n"
        "Valley Times · 3 hours ago\n"
        "County jail medical contract draws scrutiny from supervisors\n"
        "Valley Times · 5 hours ago\n"
    )
    assert drafts[0].source == source


def test_cards_stamped_with_a_place_print_no_publisher_so_a_kicker_is_no_source() -> None:
    drafts = split(
        "Bangkok Ledger\nNews\nThailand\nWorld\nBusiness\n"
        "General\n"
        "Cabinet approves flood relief package for southern provinces\n"
        "PUBLISHED : 20 Nov 2025 at 18:42\n"
        "The cabinet on Thursday approved an 18-billion-baht package to help households and "
        "farmers in the southern provinces recover from weeks of flooding.\n"
        "Farmers will get up to 35,000 baht per rai as the waters recede.\n"
        "Related\n"
        "Rail link to the south reopens after floodwaters recede\n"
        "Thailand · 1 day ago\n"
        "Airport flights resume as runway is cleared of water\n"
        "Thailand · 3 days ago\n"
    )
    assert drafts[0].source is None


def test_a_label_pair_over_tags_is_no_river_items_author_and_publisher() -> None:
    drafts = split(
        "The Peninsula Daily\nNation\n"
        "Police cripple syndicate that smuggled hundreds of migrants by boat\n"
        "By Farik Zolkepli\n"
        "Thursday, 20 Nov 2025 9:30 AM MYT\n"
        "JOHOR BARU: Police have crippled a syndicate believed to have smuggled more than 400 "
        "undocumented migrants into the state by boat since March, the state police chief said.\n"
        "Eleven people, including three local men, were arrested in raids on Thursday.\n"
        "Tags / Keywords:\n"
        "Johor\n"
    )
    assert drafts[0].source is None


def test_a_list_of_headlines_that_name_their_author_first_is_navigation() -> None:
    drafts = split(
        "Opinion\n"
        "Data centers should pay for the grid they are straining\n"
        "By Thomas Reyes\n"
        "November 20, 2025 at 7:00 a.m. EST\n"
        "Utilities are passing the cost of new transmission lines on to households, and "
        "regulators can stop that by making the largest new customers pay their share.\n"
        "The grid is a shared resource. Those who strain it most should pay the most.\n"
        "More from Opinion\n"
        "The Editorial Board: Congress must finish the farm bill\n"
        "Jennifer Liu: My city banned gas stoves. Here is what happened next.\n"
    )
    assert [d.title for d in drafts] == ["Data centers should pay for the grid they are straining"]


def test_in_a_list_of_title_and_stamp_cards_a_heading_and_a_link_are_no_headline_and_deck() -> None:
    drafts = split(
        "Harbour News\nAsia\n"
        "Volcano alert raised to highest level as thousands are evacuated\n"
        "20 Nov 2025 06:15AM\n"
        "Authorities raised the alert for the volcano to its highest level on Thursday and "
        "evacuated about 6,000 people from villages on its slopes, officials said.\n"
        "The mountain has erupted several times since Sunday, sending ash 10km into the sky.\n"
        "Related:\n"
        "Island flights cancelled as ash drifts west\n"
        "Also worth reading\n"
        "Typhoon nears the coast as thousands evacuate\n"
        "20 Nov 2025 08:50AM\n"
        "Prime minister to visit the capital for annual talks\n"
        "19 Nov 2025 10:05PM\n"
    )
    assert [d.title for d in drafts[1:]] == [
        "Typhoon nears the coast as thousands evacuate",
        "Prime minister to visit the capital for annual talks",
    ]


STATION_PAGE = """\
Valley Public Radio
Play Live Radio
Next Up:
0:00
{length}
Listen Live Anywhere
News
Programs
Wheat farmers brace for a third dry spring in the river valley
VPR | By Nora Castell
Published March 3, 2025 at 6:00 AM CST
Farmers along the river valley are planting less wheat this spring after two dry years left \
the soil too hard to work in places.
The county extension office says yields fell by a third last year, and many growers have \
asked the bank to defer their loan payments until the autumn.
"""


@pytest.mark.parametrize("length", ["0:00", "3:51"])
def test_a_players_counter_over_the_menu_is_no_cards_stamp(length: str) -> None:
    drafts = split(STATION_PAGE.format(length=length))
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Wheat farmers brace for a third dry spring in the river valley")
    ]
    assert drafts[0].time_text == "Published March 3, 2025 at 6:00 AM CST"


def test_a_single_early_clock_over_an_entry_or_a_card_stays_a_stamp() -> None:
    drafts = split(
        "Latest news\n"
        "9:42\n"
        "Ferry service resumes after the storm\n"
        "The first crossing left the harbour at nine with forty passengers on board.\n"
        "9:05\n"
        "Council approves the new harbour budget\n"
        "The vote was seven to two after a long debate about the cost of the new pier.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("Ferry service resumes after the storm", "9:42"),
        ("Council approves the new harbour budget", "9:05"),
    ]


STORY_OVER_TABS = """\
Harbour crane collapses during storm, closing the container terminal
The terminal will stay closed until engineers have inspected the other cranes, the port said.
Nobody was hurt when the crane fell across two empty berths early on Tuesday morning.
Most Read
Most Recent
{items}
Contact us
"""


def test_a_tab_of_bare_headlines_under_most_recent_is_navigation() -> None:
    items = (
        "Fishing boat towed to safety off the point\n"
        "Seafront cafe named one of the best in the country"
    )
    drafts = split(STORY_OVER_TABS.format(items=items))
    assert [d.title for d in drafts] == [
        "Harbour crane collapses during storm, closing the container terminal"
    ]
    assert "Seafront cafe" not in drafts[0].body


def test_a_card_with_its_summary_under_most_recent_is_a_teaser() -> None:
    items = (
        "Fishing boat towed to safety off the point\n"
        "The lifeboat crew reached the boat after an hour in heavy seas.\n"
        "2 hours ago"
    )
    drafts = split(STORY_OVER_TABS.format(items=items))
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Harbour crane collapses during storm, closing the container terminal"),
        ("related", "Fishing boat towed to safety off the point"),
    ]


def test_an_early_entry_clock_over_a_clips_length_stays_the_entrys_stamp() -> None:
    # audit C's C3 (p1): "09:41" over a video's "1:02" is no player's counter
    drafts = split(
        "Live\n"
        "Storm Bert live: thousands without power as gales batter the coast\n"
        "Last updated 10:20\n"
        "09:58\n"
        "Rail operators have cancelled all services between Exeter and Plymouth until further "
        "notice, Network Rail said.\n"
        "09:41\n"
        "1:02\n"
        "Video shows waves crashing over the harbour wall in Porthcawl\n"
        "Footage filmed by a resident shows the sea breaching defences at high tide.\n"
        "The Met Office has extended its amber warning until Sunday morning.\n"
        "09:15\n"
        "More than 40,000 homes are without power in the south west, according to National "
        "Grid.\n"
        "08:50\n"
        "The Environment Agency has issued 12 flood warnings across Devon and Cornwall.\n"
    )
    assert len(drafts) == 1
    assert "09:41" in drafts[0].body
    assert "Video shows waves crashing over the harbour wall" in drafts[0].body


def test_an_early_card_clock_over_a_clips_length_stays_the_cards_stamp() -> None:
    # audit C's C3 (p2): a fil-info video card keeps its own clock, the next card its own
    drafts = split(
        "Última hora\n"
        "09:52\n"
        "El Gobierno aprueba el decreto de ayudas a los afectados por la dana\n"
        "Las ayudas llegarán a 12.000 familias antes de fin de año, según el Ministerio.\n"
        "09:41\n"
        "1:20\n"
        "Un camión vuelca en la A-7 y provoca retenciones de diez kilómetros\n"
        "El accidente no ha causado heridos, según la DGT.\n"
        "09:30\n"
        "El Ibex 35 abre con subidas del 0,8 % impulsado por la banca\n"
        "Los valores financieros lideran las ganancias en la primera hora de negociación.\n"
        "09:12\n"
        "La AEMET activa el aviso naranja por lluvias en Valencia\n"
        "Se esperan acumulados de hasta 120 litros por metro cuadrado.\n"
    )
    assert [(d.title, d.time_text) for d in drafts] == [
        ("El Gobierno aprueba el decreto de ayudas a los afectados por la dana", "09:52"),
        ("Un camión vuelca en la A-7 y provoca retenciones de diez kilómetros", "09:41"),
        ("El Ibex 35 abre con subidas del 0,8 % impulsado por la banca", "09:30"),
        ("La AEMET activa el aviso naranja por lluvias en Valencia", "09:12"),
    ]


RIVER_WITH_AGENCY = """\
TechRiver
Sarah Perez / TechCrunch:
Apple will let developers link to outside payment options in all App Store markets
 — Apple says developers will be able to add links to their own websites for purchases.
Reuters:
EU fines Meta €480M for breaching data portability rules under the Digital Markets Act
Emma Roth / The Verge:
Spotify tests a $5.99 audiobooks-only plan in the US and Canada this winter
"""


def test_an_agency_alone_over_a_river_items_headline_is_its_publisher() -> None:
    drafts = split(RIVER_WITH_AGENCY)
    assert [(draft.source, draft.title[:20]) for draft in drafts] == [
        ("TechCrunch", "Apple will let devel"),
        ("Reuters", "EU fines Meta €480M "),
        ("The Verge", "Spotify tests a $5.9"),
    ]


def test_a_label_or_an_advertiser_with_a_colon_in_a_river_heads_no_item() -> None:
    """Must-stay: "Discussion:" and an advertiser's "Lumen Hiring:" are no publishers."""
    drafts = split(
        RIVER_WITH_AGENCY.replace("Reuters:", "Lumen Hiring:").replace(
            "Emma Roth / The Verge:", "Discussion:"
        )
    )
    assert [draft.source for draft in drafts] == ["TechCrunch"]


def test_an_agency_with_a_colon_on_a_page_without_river_items_is_no_card() -> None:
    """Must-stay: a "Reuters:" line over a sentence of an article is no river item."""
    drafts = split(
        "Harbour Times\n"
        "Port authority approves dredging of the eastern channel after two-year review\n"
        "By Moira Quinn\nNovember 20, 2025\n"
        "The port authority voted on Friday to dredge the eastern channel, ending a review.\n"
        "Reuters:\n"
        "Shipping lines welcome the decision to deepen the channel for larger vessels\n"
        "Dredging will start in the autumn and is expected to take eighteen months, it said.\n"
    )
    assert len(drafts) == 1
    assert "Shipping lines welcome" in drafts[0].body


def test_a_publisher_in_sentence_case_before_a_stamp_is_the_cards_source() -> None:
    # "Hospodářské noviny · 28. 11. 2026 14:30": a publisher's name need not be in Title Case
    drafts = split(
        "Nejnovější zprávy\n"
        "Vláda schválila zvýšení minimální mzdy na 23 800 korun\n"
        "Novinky.cz · 28. 11. 2026 12:10\n"
        "ČNB ponechala úrokové sazby beze změny\n"
        "Hospodářské noviny · 28. 11. 2026 14:30\n"
        "Bankovní rada hlasovala o sazbách poměrem pět ku dvěma.\n"
    )
    assert [(d.title, d.source, d.time_text) for d in drafts] == [
        (
            "Vláda schválila zvýšení minimální mzdy na 23 800 korun",
            "Novinky.cz",
            "28. 11. 2026 12:10",
        ),
        ("ČNB ponechala úrokové sazby beze změny", "Hospodářské noviny", "28. 11. 2026 14:30"),
    ]


def test_a_sentence_case_label_without_an_outlets_word_is_no_source() -> None:
    # must-stay: a section's or a format's label in sentence case names no publisher
    assert _meta("Local news · 2 hours ago") in (None, (None, "2 hours ago"))
    assert _meta("Daily briefing · 3h") in (None, (None, "3h"))
    # auditor E's E-4 (E17-E19): labels ending on a word outlets' names end on too
    for label in ("Guest post", "Morning bulletin", "Comunicato stampa", "Dernière dépêche"):
        meta = _meta(f"{label} · 3h")
        assert meta is None or meta[0] is None, label


def test_a_daily_labels_adjective_names_no_publisher() -> None:
    # must-stay (auditor E's E-6, E20/E21): "diario", "quotidiano", "quotidien" are also the
    # adjective "daily" ending a label; a list of such meta lines stays three stories
    for label in ("Resumen diario", "Le brief quotidien", "Notiziario quotidiano"):
        meta = _meta(f"{label} · 2h")
        assert meta is None or meta[0] is None, label
    drafts = split(
        "Portada\nNoticias\nLo último\n"
        "El Gobierno aprueba los presupuestos tras una larga noche de negociaciones\n"
        "Resumen diario · hace 2 horas\n"
        "Las claves de la jornada en cinco minutos de lectura.\n"
        "Huelga de transporte en Madrid el jueves\n"
        "Boletín informativo · hace 3 horas\n"
        "Los sindicatos mantienen el paro de 24 horas.\n"
        "Suben los precios de la luz por tercer mes consecutivo\n"
        "Análisis económico · hace 4 horas\n"
        "La factura media subirá un 6 % en marzo.\n"
        "Aviso legal\n"
    )
    assert len(drafts) == 3
