"""split_live._live_entries: under a blog whose entries all open on a clock, a card's bare
date after the previous card's summary opens no entry; the cards under it stay teasers."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 9, 15, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


ENTRIES = """\
News
Hurricane Josephine live updates: Category 3 storm bears down on Florida's Big Bend
Last updated: 30 mins ago
Hurricane Josephine is expected to make landfall late Tuesday night or early Wednesday.
12:41 p.m. EDT
Josephine is now a major hurricane, the National Hurricane Center said in its advisory.
12:20 p.m. EDT
Tallahassee airport to close at 6 p.m.
Tallahassee International Airport will close to commercial traffic at 6 p.m. Tuesday.
11:52 a.m. EDT
Schools to reopen Thursday
Public schools, closed Monday and Tuesday as the storm passed offshore, plan to reopen.
11:05 a.m. EDT
Mandatory evacuations expanded
Two counties have ordered everyone living west of U.S. 19 to evacuate by 6 p.m. today.
"""

CARDS = """\
More hurricane coverage
Where to find sandbags in Hillsborough, Pinellas and Pasco
Most sandbag sites closed on Monday evening, but a few remain open until supplies run out.
Sep 13, 2026
Hurricane season 2026: Josephine is the sixth hurricane of the year
Forecasters say the Atlantic has been running well ahead of an average season.
3 hrs ago
"""


def test_a_cards_date_under_a_clocked_blog_opens_no_entry() -> None:
    drafts = split(ENTRIES + CARDS)
    assert "a few remain open until supplies run out" not in drafts[0].body
    assert "evacuate by 6 p.m. today" in drafts[0].body
    titles = [draft.title for draft in drafts[1:]]
    assert "Where to find sandbags in Hillsborough, Pinellas and Pasco" in titles


# must stay: an oldest-first blog, clocked entries, then its newest entry stamped by age
NEWEST_BY_AGE = """\
12 mins ago
Water still rising at the marina
Harbour staff say the water is still rising and the car park has been closed to the public.
"""


def test_an_entry_stamped_by_age_after_clocked_entries_stays_in_the_blog() -> None:
    drafts = split(ENTRIES + NEWEST_BY_AGE)
    assert len(drafts) == 1
    assert "car park has been closed" in drafts[0].body


# a ticker's entries on clocks alone, then a rail of cards each closed by its date and clock
TICKER = """\
Stadtnachrichten
LIVE
Landtag beschließt Sparpaket – Opposition kündigt Klage an
Der Landtag hat das Sparpaket am Abend mit knapper Mehrheit beschlossen. Die Opposition will klagen.
Aktualisiert am 30. November 2026, 16:48
16:41
Abstimmung: 31 Ja-Stimmen
Das Sparpaket ist beschlossen. Für den Landesvoranschlag stimmten 31 Abgeordnete, 25 dagegen.
16:12
Opposition will Verfassungsgericht anrufen
Die Opposition kündigt an, die geplante Kürzung bei den Gemeinden vor Gericht zu bringen.
15:37
Grüne: Klimabudget halbiert
Die Grünen kritisieren die Kürzungen beim Klimaticket und bei der Sanierungsförderung scharf.
14:05
Guten Tag!
Willkommen zu unserem Liveticker aus dem Landtag. Ab 14 Uhr wird über das Sparpaket abgestimmt.
Mehr zum Budget
Budgetdienst: Defizit sinkt 2027 auf 2,9 Prozent
Das Ziel eines ausgeglichenen Haushalts wird laut Budgetdienst erst 2030 erreicht.
29. November 2026, 11:20
Wie die Gemeinden auf die Kürzungen reagieren
Die Bürgermeister fordern mehr Mittel für Kinderbetreuung und Pflege.
28. November 2026, 17:05

Impressum
"""


def test_cards_closed_by_date_and_clock_under_a_clocked_ticker_are_teasers() -> None:
    drafts = split(TICKER)
    assert "Liveticker aus dem Landtag" in drafts[0].body
    assert "Kinderbetreuung" not in drafts[0].body
    titles = [draft.title for draft in drafts[1:]]
    assert titles == [
        "Budgetdienst: Defizit sinkt 2027 auf 2,9 Prozent",
        "Wie die Gemeinden auf die Kürzungen reagieren",
    ]
    assert drafts[1].time_text == "29. November 2026, 11:20"


# must stay: the ticker's older entries, past midnight, print their date with the clock
OLDER_DATED_ENTRIES = """\
29. November 2026, 23:10
Klubs verhandeln bis in die Nacht
Die Klubobleute haben sich nach Mitternacht noch nicht auf einen Zeitplan geeinigt.
29. November 2026, 21:45
Sitzung unterbrochen
Die Sitzung wurde für Beratungen der Klubs unterbrochen, sie soll um 23 Uhr weitergehen.
"""


def test_older_entries_dated_with_their_clock_stay_in_the_ticker() -> None:
    page = TICKER.split("Mehr zum Budget", maxsplit=1)[0] + OLDER_DATED_ENTRIES
    drafts = split(page)
    assert len(drafts) == 1
    assert "Zeitplan geeinigt" in drafts[0].body
    assert "soll um 23 Uhr weitergehen" in drafts[0].body
