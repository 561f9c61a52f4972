"""split_live: live blogs without a "Live" label, their entries' clocks on the headline line."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_live import _clock_led, _live_entries, _widget_links
from streams.split_page import _features

FETCHED = datetime(2026, 2, 3, 11, 55, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


# a regional storm ticker that never says "Live": entries "HH:MM Uhr: headline" / text, a
# photo credited "© Name" between two entries (clean reads that line as an end)
TICKER = """\
Region
Sachsen
Sturmtief in Sachsen: Bäume auf Gleisen, Schulen in Dresden und Pirna geschlossen
Orkanböen bis 120 Kilometer pro Stunde im Erzgebirge, umgestürzte Bäume blockieren Straßen und \
Bahnstrecken. Die aktuelle Lage im Überblick.
Erstellt: 03.02.2026, 06:15 Uhr
Aktualisiert: 03.02.2026, 11:48 Uhr
11:40 Uhr: Sturm erreicht Lausitz – Görlitz meldet erste Schäden
Mit etwas Verspätung hat das Sturmfeld nun auch die Oberlausitz erreicht. In Görlitz deckte \
eine Böe das Dach einer Lagerhalle ab, Trümmerteile fielen auf zwei geparkte Autos.
11:05 Uhr: Flughafen Dresden: Zwei Landungen abgebrochen
Am Flughafen Dresden mussten am Vormittag zwei Maschinen durchstarten. Eine davon wurde nach \
Leipzig umgeleitet, sagte ein Sprecher des Flughafens am Vormittag.
Feuerwehrleute zersägen in Heidenau einen umgestürzten Baum.
© Daniel Schäfer
09:30 Uhr: Unterricht in Dresden und Pirna fällt aus
Das Landesamt für Schule und Bildung hat den Präsenzunterricht abgesagt. Die Schulen bieten \
eine Notbetreuung für die Klassen eins bis sechs an, teilte das Amt mit.
08:12 Uhr: Fichtelberg misst 122 km/h
Die höchste Windgeschwindigkeit hat der Deutsche Wetterdienst auf dem Fichtelberg gemessen. \
Der DWD hat die Unwetterwarnung für das Erzgebirge bis Mittwochmorgen verlängert.
"""


def test_clock_led_headlines_make_an_unlabelled_ticker_one_article() -> None:
    drafts = split(TICKER)
    assert len(drafts) == 1  # the entries never become articles of their own
    blog = drafts[0]
    assert blog.role == "lead"
    assert blog.title.startswith("Sturmtief in Sachsen")
    assert blog.time_text == "Erstellt: 03.02.2026, 06:15 Uhr"
    assert "11:40 Uhr: Sturm erreicht Lausitz – Görlitz meldet erste Schäden" in blog.body
    # the entries under the photo credit are the blog's too
    assert "Der DWD hat die Unwetterwarnung für das Erzgebirge" in blog.body


def test_clock_led_line_is_an_entry_headline_not_a_sentence() -> None:
    assert _clock_led("11:40 Uhr: Sturm erreicht Lausitz – Görlitz meldet erste Schäden")
    assert _clock_led("7:38 a.m. – Roads close across the county")
    assert _clock_led("14.05 | Minister resigns")
    # a paragraph that starts with a clock is text, no entry's headline
    assert not _clock_led("15:00 Uhr: Die Polizei sperrt die Straße zwischen Markt und Bahnhof.")
    assert not _clock_led("At 10:30, police closed the road")
    assert not _clock_led("2026: a year of storms")  # (a year, no clock)
    assert not _clock_led("10-15 people were hurt, police said")


def _entries(text: str) -> list[int]:
    lines = tuple(text.splitlines())
    return _live_entries(_features(lines, None), 0, len(lines))


def test_a_timeline_of_clocked_sentences_has_no_entries() -> None:
    """Must stay: an article's chronology ("8:00 Uhr: Der Zug …" sentences) is its text."""
    timeline = """\
Zugunglück bei Riesa: Was bisher bekannt ist
8:00 Uhr: Der Regionalzug verlässt den Bahnhof Riesa mit rund 80 Fahrgästen an Bord.
8:12 Uhr: Hinter der Elbbrücke prallt der Zug gegen einen umgestürzten Baum.
8:30 Uhr: Die ersten Rettungswagen erreichen die Unfallstelle an der Strecke.
Die Bahn hat die Strecke bis auf Weiteres gesperrt, Reisende sollen auf Busse umsteigen.
"""
    assert _entries(timeline) == []


def test_a_key_events_list_of_clock_led_links_has_no_entries() -> None:
    """Must stay: clock-led lines with no text under them are links ("Key events")."""
    key_events = """\
11:38 Uhr – Finanzminister verteidigt Schuldenbremse
10:52 Uhr – Protest vor dem Landtag
09:15 Uhr – Debatte beginnt mit Verspätung
Angepinnt
"""
    assert _entries(key_events) == []


ARTICLE = """\
Polizei räumt besetztes Haus in Leipzig-Connewitz
Von Anna Berger
03.02.2026, 09:12 Uhr
Die Polizei hat am Dienstagmorgen ein seit Wochen besetztes Haus in Leipzig-Connewitz \
geräumt. Rund 200 Beamte waren im Einsatz, wie eine Sprecherin sagte.
At 10:30, police said the last of the occupiers had left the building without resistance.
15:00 Uhr: Die Stadt kündigt an, das Haus noch in dieser Woche abzusichern.
Die Eigentümerin will das Gebäude nach Angaben der Stadt im Sommer sanieren lassen und \
danach Wohnungen vermieten. Ein Bauantrag liegt dem Amt bereits vor.
"""


def test_an_article_with_a_clocked_paragraph_is_no_live_blog() -> None:
    """Must stay: one paragraph opened by a clock makes no blog; the article is whole."""
    drafts = split(ARTICLE)
    assert len(drafts) == 1
    lead = drafts[0]
    assert lead.title == "Polizei räumt besetztes Haus in Leipzig-Connewitz"
    assert lead.time_text == "03.02.2026, 09:12 Uhr"
    assert "15:00 Uhr: Die Stadt kündigt an" in lead.body
    assert "Ein Bauantrag liegt dem Amt bereits vor." in lead.body


# auditor A's A2 (probes l11*): a labelled live blog, then the site's news ticker under a
# related heading, each item "HH:MM Uhr: headline" / its summary: other stories (teasers)
LIVE_THEN_TICKER = """\
Liveblog
Haushaltsdebatte im Bundestag: Opposition wirft Regierung Wortbruch vor
Zuletzt aktualisiert: 28.11.2026, 11:50 Uhr
Der Bundestag berät in dieser Woche abschließend über den Haushalt für 2027. Wir berichten \
live aus dem Plenum.
11:48 Uhr
Finanzminister verteidigt Schuldenbremse
Der Finanzminister hat die geplanten Kürzungen im Sozialetat verteidigt. Ohne sie sei die \
Schuldenbremse nicht einzuhalten, sagte er im Plenum.
11:20 Uhr
Opposition kündigt Klage an
Die größte Oppositionsfraktion will den Haushalt vor dem Bundesverfassungsgericht prüfen \
lassen, kündigte ihr Fraktionschef an.
10:55 Uhr
Debatte beginnt mit Verspätung
Wegen einer Sondersitzung des Ältestenrats hat die Debatte eine halbe Stunde später begonnen \
als geplant.
{heading}
11:42 Uhr: DAX startet mit leichten Gewinnen
Anleger setzen auf sinkende Zinsen in der Eurozone, Autowerte legen zu.
11:15 Uhr: Streik bei Lufthansa abgewendet
Die Gewerkschaft und das Unternehmen haben sich in der Nacht auf einen Tarifvertrag geeinigt.
10:30 Uhr: Inflation sinkt im November
Die Teuerungsrate fiel nach vorläufigen Zahlen auf 2,1 Prozent, teilte das Statistische \
Bundesamt mit.
"""


@pytest.mark.parametrize("heading", ["Weitere Nachrichten", "Mehr Nachrichten", "More news"])
def test_a_clock_led_ticker_under_a_related_heading_ends_the_blog(heading: str) -> None:
    """Must stay (A2): the ticker's items under the related heading are teasers of other
    stories, neither the blog's entries nor dropped."""
    drafts = split(LIVE_THEN_TICKER.format(heading=heading))
    blog = drafts[0]
    assert blog.role == "lead"
    assert blog.title.startswith("Haushaltsdebatte im Bundestag")
    assert "Wegen einer Sondersitzung des Ältestenrats" in blog.body
    assert "DAX" not in blog.body
    teasers = {draft.title: draft for draft in drafts[1:]}
    assert set(teasers) == {
        "11:42 Uhr: DAX startet mit leichten Gewinnen",
        "11:15 Uhr: Streik bei Lufthansa abgewendet",
        "10:30 Uhr: Inflation sinkt im November",
    }
    assert all(draft.role == "related" for draft in drafts[1:])
    assert "Tarifvertrag geeinigt" in teasers["11:15 Uhr: Streik bei Lufthansa abgewendet"].body


def test_read_more_links_stop_at_a_clock_led_entry() -> None:
    """Must stay (A2): the lines skipped under a "Read more" mark inside a blog end at the
    next entry, also one whose clock stands before its headline (never dropped silently)."""
    lines = (
        "Lesen Sie auch",
        "11:42 Uhr: DAX startet mit leichten Gewinnen",
        "Anleger setzen auf sinkende Zinsen in der Eurozone, Autowerte legen zu.",
        "11:40 Uhr",
        "Streik bei Lufthansa abgewendet",
    )
    assert _widget_links(_features(lines, None), [0], len(lines)) == {0}


# auditor A's P1 (probe b13): a "Read more" link printed inside an entry, the entry's last
# sentence under the link's headline
LIVE_READ_MORE = """\
Live
Storm Bert live: thousands without power as winds reach 150 km/h
Last updated 14:52 GMT
The storm made landfall early on Friday, cutting power to tens of thousands of homes along \
the coast.
14:45 GMT
Power company says 40,000 homes are without electricity
Crews will start repairs once the winds drop below 80 km/h, the company said in a statement. \
It urged people to stay away from fallen lines.
Read more
Why this year's storms are stronger
{after}
13:20 GMT
Airport closes for the rest of the day
All flights have been cancelled until Saturday morning, the airport operator said, and \
passengers were told not to travel to the terminal.
12:05 GMT
Schools closed in three districts
The education ministry ordered schools to close as a precaution, and said they would reopen \
on Monday if the roads were safe.
"""


def test_an_entrys_sentence_under_a_read_more_link_stays() -> None:
    drafts = split(
        LIVE_READ_MORE.format(after="The company expects most homes to be reconnected by Sunday.")
    )
    assert len(drafts) == 1
    blog = drafts[0]
    assert "The company expects most homes to be reconnected by Sunday." in blog.body
    assert "Why this year's storms are stronger" not in blog.body  # (the link)
    assert "Airport closes for the rest of the day" in blog.body


def test_read_more_link_headlines_over_the_next_entry_are_dropped() -> None:
    """Must stay: the links under "Read more" (no text under them) are no text of the blog."""
    drafts = split(LIVE_READ_MORE.format(after="How to report a fallen power line"))
    blog = drafts[0]
    assert "Read more" not in blog.body
    assert "Why this year's storms are stronger" not in blog.body
    assert "How to report a fallen power line" not in blog.body
    assert "It urged people to stay away from fallen lines." in blog.body
    assert "Airport closes for the rest of the day" in blog.body


# a blog header whose byline prints a link a line ("By" / name / role / "and" / name): its
# stamp stands further under the headline than a header's lines reach
BYLINE_LINKS_BLOG = """\
A30 live: Road closed near Bodmin after tractor and van collide
Queues back to the Carminow Cross roundabout, drivers told to avoid the area
News
By
Tara Quick
Live Reporter
and
Owen Bright
{stamp}
Traffic queuing on the A30 westbound near Bodmin this afternoon(Image: Highways Agency)
14:20
Road reopens
Both lanes of the A30 have reopened after the van was recovered, the highways agency said.
13:55
Van recovered
A recovery truck has towed the van away and the road is being cleared of debris now.
13:40
Diversion in place
Westbound drivers are being sent off at the Innis Downs junction and through the town.
13:25
Air ambulance called
An air ambulance landed on the westbound carriageway shortly after one o'clock today.
13:10
Road closed after crash
The A30 is closed in both directions after a crash involving a tractor and a van at noon.
"""


def test_a_blogs_stamp_under_a_byline_printed_a_link_a_line_is_its_header() -> None:
    drafts = split(BYLINE_LINKS_BLOG.format(stamp="12:58, 3 Feb 2026\nUpdated 14:20, 3 Feb 2026"))
    assert len(drafts) == 1
    assert drafts[0].title.startswith("A30 live: Road closed near Bodmin")
    assert drafts[0].time_text == "12:58, 3 Feb 2026"
    assert "14:20\n\nRoad reopens" in drafts[0].body or "14:20 Road reopens" in drafts[0].body


def test_an_entrys_clock_under_an_unstamped_header_stays_the_entrys() -> None:
    # must-stay: with no stamp in the header, the first entry's clock is no header stamp
    # when a standfirst paragraph stands between them
    blog = BYLINE_LINKS_BLOG.format(
        stamp="Drivers heading west are being sent through Bodmin town centre, police said."
    )
    drafts = split(blog)
    assert len(drafts) == 1
    assert drafts[0].time_text is None
    assert "14:20" in drafts[0].body


def test_an_unlabelled_blog_whose_headline_is_the_pages_first_line_is_one_article() -> None:
    blog = BYLINE_LINKS_BLOG.format(stamp="12:58, 3 Feb 2026").replace(
        "News\nBy\nTara Quick\nLive Reporter\nand\nOwen Bright\n", "By Tara Quick\n"
    )
    assert blog.startswith("A30 live: Road closed")  # (line 0: no menu over it)
    drafts = split(blog)
    assert [(d.role, d.time_text) for d in drafts] == [("lead", "12:58, 3 Feb 2026")]
    assert "The A30 is closed in both directions" in drafts[0].body


TOPIC_LIVE_BLOG = """\
News
Weather
{headline}
Ferries cancelled on all routes • Schools shut in four counties • Gusts of 130km/h at the coast
Updated 12 mins ago
10:52
Coast road closed at the harbour
The coast road is shut between the harbour and the lighthouse after waves broke over the wall.
10:30
Ferries cancelled for the day
The ferry company has cancelled every sailing until tomorrow morning because of the swell.
10:05
Schools shut in four counties
The education department says schools in four counties will stay closed for the whole day.
"""


def test_a_topics_live_label_before_the_colon_marks_the_blogs_headline() -> None:
    headline = "Storm Ivy live: 80,000 without power as orange warning extended to the coast"
    drafts = split(TOPIC_LIVE_BLOG.format(headline=headline))
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        ("lead", headline, "Updated 12 mins ago")
    ]
    # the bullet standfirst stays the blog's text, no headline
    assert drafts[0].body.startswith("Ferries cancelled on all routes • Schools shut")


def test_a_long_topics_live_label_before_the_colon_marks_the_blogs_headline() -> None:
    # an election's name and year before "LIVE:" runs past thirty characters: still the
    # blog's headline over its clocked entries, no standfirst bullet in its place
    headline = "Coastal county council election results 2026 LIVE: count enters its fourth round"
    drafts = split(TOPIC_LIVE_BLOG.format(headline=headline))
    assert [(d.role, d.title) for d in drafts] == [("lead", headline)]


def test_live_as_a_verb_before_a_colon_makes_no_blog_of_a_story() -> None:
    # must-stay: "Where to live: …" over an ordinary story (no clocked entries) is its headline
    story = (
        "Property\n"
        "Where to live: the commuter towns where prices are still falling this year\n"
        "By Ann Lee\n"
        "3 February 2026\n"
        "Prices fell in eleven of the twenty towns within an hour of the city last year.\n"
        "Agents say buyers are waiting for rates to come down before they make offers.\n"
    )
    drafts = split(story)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "Where to live: the commuter towns where prices are still falling this year")
    ]
    assert "Agents say buyers are waiting" in drafts[0].body


STORM_HEADER = (
    "Sturm über Sachsen: Bäume entwurzelt, Bahnstrecken gesperrt\n"
    "Orkanböen haben in der Nacht in ganz Sachsen Schäden angerichtet. Wir berichten fortlaufend.\n"
    "Aktualisiert: 03.02.2026, 11:02 Uhr\n"
)
STORM_ENTRIES = (
    "11:02 Uhr\nBahnstrecke Dresden–Leipzig wieder frei\n"
    "Die Deutsche Bahn hat die Strecke nach Aufräumarbeiten am Vormittag wieder freigegeben.\n"
    "10:15 Uhr\nMehr als 200 Einsätze in der Nacht\n"
    "Die Polizei meldet umgestürzte Bäume und abgedeckte Dächer, verletzt wurde niemand.\n"
    "09:40 Uhr\nUnterricht fällt in drei Landkreisen aus\n"
    "Das Kultusministerium hat den Schulen freigestellt, den Unterricht ausfallen zu lassen.\n"
)


@pytest.mark.parametrize("above", ["", "Sachsen\n"])
def test_a_blog_without_a_live_word_whose_headline_is_the_first_line_is_one_article(
    above: str,
) -> None:
    # (the headline on line 0 was read as no headline: every entry became a card)
    drafts = split(above + STORM_HEADER + STORM_ENTRIES)
    assert [(d.role, d.title, d.time_text) for d in drafts] == [
        (
            "lead",
            "Sturm über Sachsen: Bäume entwurzelt, Bahnstrecken gesperrt",
            "Aktualisiert: 03.02.2026, 11:02 Uhr",
        )
    ]
    for kept in ("10:15 Uhr", "Mehr als 200 Einsätze in der Nacht", "ausfallen zu lassen."):
        assert kept in drafts[0].body


# audit A7: an explainer's timeline of clock-led headlines, then its sections under place names
EXPLAINER = """\
Sachsen
Unwetter in Sachsen: So lief die Nacht
Von Anna Berger
28.11.2026, 07:30 Uhr
Ein schweres Gewitter ist in der Nacht zum Freitag über Sachsen gezogen. Wir zeichnen nach, \
wie sich die Lage entwickelte.
21:10 Uhr: Erste Unwetterwarnung für das Erzgebirge
Der Deutsche Wetterdienst warnte vor Orkanböen und Starkregen, zunächst für die Höhenlagen.
22:05 Uhr: Feuerwehr meldet erste Einsätze
Umgestürzte Bäume blockierten mehrere Straßen, in Annaberg-Buchholz lief ein Keller voll.
23:40 Uhr: Bahnstrecke Dresden–Chemnitz gesperrt
Ein Baum war in die Oberleitung gestürzt, Reisende mussten in Ersatzbusse umsteigen.
Dresden
In der Landeshauptstadt blieb es vergleichsweise ruhig, die Feuerwehr rückte zu zwölf \
Einsätzen aus.
Chemnitz
In Chemnitz deckte eine Böe das Dach einer Turnhalle teilweise ab, verletzt wurde niemand.
"""

EXPLAINER_EN = """\
US
How the blackout unfolded: a timeline of the night the grid failed
By Chris Lee
Nov. 28, 2026, 6:05 a.m. ET
Nearly two million people lost power on Thursday night when a fault at a substation cascaded \
across the regional grid. Here is how the night unfolded, according to the grid operator.
6:12 p.m. – Fault at the Millbrook substation
A transformer at the Millbrook substation tripped after a fire broke out in its cooling \
system, the operator said.
6:19 p.m. – Lines overload across three counties
Power flowed onto neighbouring lines, which shut down automatically to protect equipment.
7:03 p.m. – Governor declares an emergency
The governor ordered state agencies to open shelters and sent generators to hospitals.
Millbrook
Residents near the substation said they heard a loud bang before the lights went out.
Riverside
In Riverside, traffic lights failed at rush hour and police directed traffic at major \
junctions until midnight.
"""


@pytest.mark.parametrize(
    ("text", "headings"),
    [(EXPLAINER, ["Dresden", "Chemnitz"]), (EXPLAINER_EN, ["Millbrook", "Riverside"])],
)
def test_a_clock_led_timeline_followed_by_sections_is_no_live_blog(
    text: str, headings: list[str]
) -> None:
    """Must stay (audit A7, probes l15b / l15): the sections after the timeline keep their
    place-name sub-headings (a blog would drop them as author or tag lines)."""
    drafts = split(text)
    assert drafts[0].role == "lead"
    paragraphs = drafts[0].body.split("\n\n")
    assert all(heading in paragraphs for heading in headings)
