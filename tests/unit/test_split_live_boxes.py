"""split_live: a live blog's entries go on under boxes printed between them (a "Mehr zum
Thema" link with its byline, an entry's headline read as a "Latest from …" heading), an
entry's byline between its clock and its headline, a "LIVE!" shouted in the headline."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_live import _live_entries
from streams.split_page import _features

FETCHED = datetime(2026, 9, 22, 14, 5, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# a news magazine's blog that never says "Live": entries "HH:MM Uhr" / headline / text, and
# between two entries a "Mehr zum Thema" box (a headline link and its author only)
UNLABELLED_WITH_BOX = """\
Politik
Koalitionsausschuss ringt um Milliardenloch – Finanzminister droht mit Haushaltssperre
Nach einer ergebnislosen Nachtsitzung verhandeln die Spitzen der Koalition im Kanzleramt \
weiter über den Haushalt 2027.
Zuletzt aktualisiert vor 12 Minuten
13:50 Uhr
Opposition fordert Regierungserklärung
Die Oppositionsfraktionen verlangen, dass der Kanzler noch in dieser Woche eine \
Regierungserklärung zum Haushalt abgibt, sagte ein Fraktionsvize.
12:40 Uhr
Ökonomen warnen vor Kürzungen bei Investitionen
Mehrere Institute haben davor gewarnt, die Lücke durch Kürzungen bei öffentlichen \
Investitionen zu schließen, heißt es in einer Stellungnahme.
11:15 Uhr
Finanzminister: »Die Lage ist ernst«
Der Finanzminister hat die Dringlichkeit betont. »Die Lage ist ernst, aber lösbar«, sagte er \
vor dem Ministerium.
Mehr zum Thema
Haushaltsloch von 28 Milliarden: Wo die Koalition jetzt sparen könnte
Von Anna Brüggemann
08:02 Uhr
Nachtsitzung ohne Ergebnis
Der Koalitionsausschuss ist in der Nacht ohne Einigung zu Ende gegangen. Teilnehmer sprachen \
von einer konstruktiven, aber schwierigen Atmosphäre.
"""


def test_an_unlabelled_blogs_entries_go_on_under_a_box_between_them() -> None:
    drafts = split(UNLABELLED_WITH_BOX)
    assert len(drafts) == 1  # the box is no card that ends the blog
    blog = drafts[0]
    assert blog.title.startswith("Koalitionsausschuss ringt um Milliardenloch")
    assert "11:15 Uhr Finanzminister" in " ".join(blog.body.split())
    assert "08:02 Uhr" in blog.body  # the entry under the box keeps its clock
    assert "Teilnehmer sprachen von einer konstruktiven" in blog.body
    assert "Wo die Koalition jetzt sparen könnte" not in blog.body  # (the box's link)
    assert "Anna Brüggemann" not in blog.body


# an ordinary article with a timeline of clocked sentences, then the site's ticker of other
# stories under a "Latest news" heading (each "HH:MM" / headline / summary)
ARTICLE_THEN_TICKER = """\
Local
Police clear the harbour after a warehouse fire
Fire crews worked through the night to contain a blaze at a harbour warehouse, officials said.
9:15 a.m. — police arrive at the harbour gate and close the access road to all traffic.
9:40 a.m. — the first fire engines reach the warehouse and begin to pump water from the dock.
11:05 a.m. — the fire service says the blaze is under control and no one has been hurt.
The cause of the fire is not yet known, and the harbour will stay closed until Monday.
Latest news
11:42
Council approves the new bus timetable
The council voted to add late-night services on three routes from next month on.
11:15
Airport strike called off after pay deal
The union and the airport reached an agreement on pay during talks in the night.
10:30
Inflation falls for the second month
Prices rose 2.1 percent on the year in November, according to the statistics office.
"""


def test_an_article_with_a_timeline_then_a_ticker_keeps_the_ticker_as_teasers() -> None:
    """Must stay: the timeline stays the article's text, the ticker's items other stories."""
    drafts = split(ARTICLE_THEN_TICKER)
    lead = drafts[0]
    assert lead.title == "Police clear the harbour after a warehouse fire"
    assert "9:40 a.m. — the first fire engines reach the warehouse" in lead.body
    assert "the harbour will stay closed until Monday." in lead.body
    assert "bus timetable" not in lead.body
    assert [draft.title for draft in drafts[1:]] == [
        "Council approves the new bus timetable",
        "Airport strike called off after pay deal",
        "Inflation falls for the second month",
    ]


# a labelled blog with relative entry stamps, one entry's headline a "Latest from …" phrase
# that the cleaner reads as a related heading; the blog's related cards under it
LABELLED_WITH_LATEST_FROM = """\
Live
Amber rain warning as flooding closes roads and railway lines in mid Wales
8 minutes ago
Sandbags running out in Newtown
Powys County Council says it has handed out more than 2,000 sandbags since 07:00 and stocks \
are now running low.
52 minutes ago
Latest from the Met Office
The Met Office says a further 40-60mm of rain could fall over high ground before the warning \
expires this evening.
Forecaster Emma Lloyd said: "The ground is already saturated after a wet fortnight."
1 hour ago
Train services suspended after landslip
Transport for Wales says no trains will run between Shrewsbury and Aberystwyth for the rest of \
the day.
Replacement buses have been requested but several roads on the route are also closed.
2 hours ago
Good morning
Welcome to our live coverage of the heavy rain affecting mid Wales and the English border.
Related
Flood warnings: What is an amber warning?
3 hours ago
Why is Wales so wet? The science behind the rain
2 days ago
"""


def test_an_entrys_text_under_a_heading_like_headline_stays_the_blogs() -> None:
    drafts = split(LABELLED_WITH_LATEST_FROM)
    blog = drafts[0]
    assert blog.title.startswith("Amber rain warning")
    assert "Forecaster Emma Lloyd said" in blog.body
    assert "Replacement buses have been requested" in blog.body
    assert "Welcome to our live coverage" in blog.body
    # must stay: a card's question over its stamp under the blog is a teaser, no entry text
    assert [draft.title for draft in drafts[1:]] == [
        "Flood warnings: What is an amber warning?",
        "Why is Wales so wet? The science behind the rain",
    ]
    assert "amber warning?" not in blog.body


def _entries(text: str) -> list[int]:
    lines = tuple(text.splitlines())
    return _live_entries(_features(lines, None), 0, len(lines))


def test_an_entrys_byline_between_its_clock_and_headline_keeps_it_an_entry() -> None:
    entry = """\
3:30pm
By Jess Warner
BOM issues very dangerous thunderstorm warning
The Bureau of Meteorology has issued a very dangerous thunderstorm warning for Ipswich.
"""
    assert _entries(entry) == [0]
    # must stay: a clock over two lines that are no byline and no text opens no entry
    menu = """\
3:30pm
Weather warnings
Road closures
The Bureau of Meteorology has issued a very dangerous thunderstorm warning for Ipswich.
"""
    assert _entries(menu) == []


# the section's menu over it holds "Latest" (a related heading over the page's text)
SHOUTED_LIVE = """\
Football
Latest
Fixtures
Results
Transfer deadline day LIVE! Latest done deals, rumours and news as the window shuts
Follow live updates from the final day of the January transfer window.
Monday 2 February 2026 23:05, UK
23:02
That's a wrap from the Transfer Centre
That is it from us for another window. The deal sheets are all in for the clubs.
22:41
Everton confirm Ruiz loan
Everton have confirmed the loan signing of Real Betis striker Mateo Ruiz until the end of the \
season.
21:15
Fulham's Akers deal goes through
Fulham have completed the signing of Leeds winger Jonah Akers for an undisclosed fee.
"""


def test_a_live_shouted_in_the_headline_marks_a_blog_over_clocks() -> None:
    drafts = split(SHOUTED_LIVE)
    assert len(drafts) == 1
    blog = drafts[0]
    assert blog.title.startswith("Transfer deadline day LIVE!")
    assert blog.time_text == "Monday 2 February 2026 23:05, UK"
    assert "22:41" in blog.body and "Everton have confirmed the loan" in blog.body


def test_a_shouted_live_in_a_reviews_headline_without_clocks_is_no_blog() -> None:
    """Must stay: a concert review's "LIVE!" with a date under it and no entry clocks is an
    article; the reviews listed under it stay teasers."""
    review = """\
Music
Coldplay LIVE! A triumphant, tearful return to Wembley Stadium
By Ann Lee
28 November 2026
Chris Martin walked on stage at 8.15pm to a roar that seemed to shake the stadium's arch.
The band played for two and a half hours, mixing new songs with the hits that made them.
Updated 28 November 2026, 10:15
Taylor Swift live: the Eras tour comes home to London
2 days ago
"""
    drafts = split(review)
    assert drafts[0].title == "Coldplay LIVE! A triumphant, tearful return to Wembley Stadium"
    assert "mixing new songs" in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Taylor Swift live: the Eras tour comes home to London"
    ]


# a politics blog's header: the last update bare, the first publication labelled under it
HEADER_UPDATE_THEN_FIRST_PUBLISHED = """\
Politics
Live
Chancellor signals no retreat on disability benefit cuts as Labour rebels demand delay
Daniel Hartley
Tue 10 Mar 2026 15.41 GMT
{following}
15.02 GMT
Rebels' amendment selected for debate, Speaker confirms
The Speaker has selected the amendment tabled by a Labour backbencher, which would delay the \
changes by six months.
12.30 GMT
Treasury: savings already baked in to forecast
A Treasury source has told reporters that the savings from the welfare bill are already \
baked in to the forecast.
"""


def test_a_labelled_first_publication_under_a_bare_stamp_is_the_blogs_stamp() -> None:
    following = "First published on Tue 10 Mar 2026 07.05 GMT"
    blog = split(HEADER_UPDATE_THEN_FIRST_PUBLISHED.format(following=following))[0]
    assert blog.title.startswith("Chancellor signals no retreat")
    assert blog.time_text == following
    assert "First published" not in blog.body


def test_an_entrys_posted_age_under_a_bare_header_stamp_stays_the_entrys() -> None:
    """Must stay: "Posted 3h ago" under the header's bare stamp opens the first entry (an age,
    no publication date); the header keeps its own stamp."""
    blog = split(HEADER_UPDATE_THEN_FIRST_PUBLISHED.format(following="Posted 3h ago"))[0]
    assert blog.time_text == "Tue 10 Mar 2026 15.41 GMT"


# auditor B's B6 (probes l1 / l2): a storm blog whose entries are clock / text, then the
# site's ticker of other stories under "Weitere Nachrichten"
BLOG_THEN_TICKER = """\
Rhein-Zeitung
Nachrichten
{label}
Sturmtief „Lotte“: Bahnverkehr in NRW eingestellt
Zuletzt aktualisiert: 10.03.2026, 12:40 Uhr
12:35 Uhr
Die Deutsche Bahn hat den Fernverkehr in Nordrhein-Westfalen vorerst komplett eingestellt. \
Reisende sollen ihre Fahrt verschieben, teilte das Unternehmen mit.
12:10 Uhr
Feuerwehr meldet mehr als 300 Einsätze
In Köln und Düsseldorf mussten die Einsatzkräfte vor allem umgestürzte Bäume von Straßen und \
Gleisen räumen. Verletzt wurde nach ersten Angaben niemand.
11:45 Uhr
Der Deutsche Wetterdienst hat seine Unwetterwarnung für das Sauerland bis zum Abend \
verlängert. Es werden Böen bis 120 Kilometer pro Stunde erwartet.
11:20 Uhr
Schulen in mehreren Kreisen bleiben am Mittwoch geschlossen, wie die Bezirksregierung \
Arnsberg mitteilte.
Weitere Nachrichten
{ticker}"""
CLOCK_FIRST_TICKER = """\
11:05 Uhr
DAX startet freundlich in den Handel
Der deutsche Leitindex legte zum Handelsstart um 0,4 Prozent zu, gestützt von Autowerten.
10:40 Uhr
Lufthansa streicht Flüge nach Tel Aviv bis Ende März
Die Airline verlängerte die Aussetzung der Verbindungen wegen der Sicherheitslage in der Region.
10:15 Uhr
Inflation in der Eurozone sinkt auf 2,1 Prozent
Die Teuerung ging im Februar stärker zurück als von Volkswirten erwartet.
"""
TITLE_FIRST_TICKER = """\
DAX startet freundlich in den Handel
11:05 Uhr
Der deutsche Leitindex legte zum Handelsstart um 0,4 Prozent zu, gestützt von Autowerten.
Lufthansa streicht Flüge nach Tel Aviv bis Ende März
10:40 Uhr
Die Airline verlängerte die Aussetzung der Verbindungen wegen der Sicherheitslage in der Region.
Inflation in der Eurozone sinkt auf 2,1 Prozent
10:15 Uhr
Die Teuerung ging im Februar stärker zurück als von Volkswirten erwartet.
"""


@pytest.mark.parametrize("label", ["", "Liveticker"])
@pytest.mark.parametrize("ticker", [CLOCK_FIRST_TICKER, TITLE_FIRST_TICKER])
def test_a_ticker_of_other_stories_under_a_blog_ends_it(label: str, ticker: str) -> None:
    """Must stay (B6): the ticker's cards are teasers, neither entries nor lost; a clock on
    the heading's line, or right over text under a title, opens a card, no entry."""
    drafts = split(BLOG_THEN_TICKER.format(label=label, ticker=ticker))
    blog = drafts[0]
    assert blog.title == "Sturmtief „Lotte“: Bahnverkehr in NRW eingestellt"
    assert "Bezirksregierung Arnsberg mitteilte." in blog.body
    assert "DAX" not in blog.body and "Teuerung" not in blog.body
    assert [(draft.role, draft.title) for draft in drafts[1:]] == [
        ("related", "DAX startet freundlich in den Handel"),
        ("related", "Lufthansa streicht Flüge nach Tel Aviv bis Ende März"),
        ("related", "Inflation in der Eurozone sinkt auf 2,1 Prozent"),
    ]
