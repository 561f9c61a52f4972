"""A video rail printing each clip's length over its title ("00:52" / title): a length right
under the card above's stamp (an age, a stamp with its clock, a "Source | date" line) opens
the next video card, and the lengths under it stay lengths; a video of a length and a title
is no article (README)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

RAIL = """\
Harbour News
Home
Local
Top stories
Council approves budget for the new harbour bridge
The vote passed nine to four after a long debate on Tuesday night.
{0}
Videos
02:14
Storm floods the coastal road near the old lighthouse
Coast TV
1 hour ago
00:52
Northern lights over the bay: the best pictures
01:48
Fishermen protest the new quota rules at the town hall
Reuters
27.11.2026, 18:30
Imprint
Privacy
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_lengths_under_a_cards_age_stay_lengths_down_the_rail() -> None:
    drafts = split(RAIL.format("2 hours ago"))
    titles = [draft.title for draft in drafts]
    assert "Northern lights over the bay: the best pictures" not in titles
    fishermen = next(d for d in drafts if d.title.startswith("Fishermen protest"))
    assert fishermen.time_text == "27.11.2026, 18:30"
    storm = next(d for d in drafts if d.title.startswith("Storm floods"))
    assert storm.time_text == "1 hour ago"


def test_a_length_under_a_source_and_date_line_is_no_part_of_that_date() -> None:
    text = (
        "Portale Notizie\nCronaca\nEsteri\nIn evidenza\n"
        "Pensioni, da gennaio aumenti per gli assegni minimi\nAgi | 25 nov 2026\n"
        "Mattarella al Quirinale riceve il presidente tedesco\nLaPresse | 26 nov 2026\n"
        "0:44\nIncendio in un capannone alle porte di Torino\nAnsa | 27 nov 2026\n"
        "1:12\nGatto salvato dai vigili del fuoco a Napoli\n"
        "Chi siamo\n"
    )
    drafts = split(text)
    assert [(d.title[:10], d.time_text) for d in drafts] == [
        ("Pensioni, ", "25 nov 2026"),
        ("Mattarella", "26 nov 2026"),
        ("Incendio i", "27 nov 2026"),
    ]


def test_a_date_over_its_clock_on_two_lines_stays_one_stamp() -> None:
    # must stay: "27.11.2026" / "01:48": a date alone over a clock is one stamp on two lines
    text = (
        "Harbour News\nHome\n"
        "Night ferry runs aground on a sandbank outside the harbour\n"
        "27.11.2026\n01:48\n"
        "The ferry with 140 passengers on board ran aground shortly after leaving the quay, "
        "the coastguard said.\n"
        "All passengers were taken off by lifeboat and nobody was hurt, a spokesman added.\n"
    )
    drafts = split(text)
    assert drafts[0].title.startswith("Night ferry")
    assert drafts[0].time_text is not None and "01:48" in drafts[0].time_text


def test_a_live_blogs_first_clock_under_its_update_stamp_stays_a_stamp() -> None:
    # must stay: "Updated 2 hours ago" / "1:05" / entry: a blog's update stamp over its first
    # entry's clock after midnight is no video rail
    text = (
        "Live: Storm Bert batters the coast overnight\n"
        "Updated 2 hours ago\n"
        "1:05\n"
        "Coastguard launches rescue off the pier\n"
        "Two people were pulled from the water near the pier, the coastguard said.\n"
        "0:40\n"
        "Power cut for thousands of homes\n"
        "About 12,000 homes lost power as the wind brought down lines across the county.\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    assert "1:05" in drafts[0].body


STAMP_FIRST_RAIL = """\
msn
Watch
Trending videos
Associated Press
2h
1:12
Firefighters battle wildfire near Malibu as winds pick up
Reuters
3h
0:47
Moment crane collapses onto building in Dallas
NBC News
5h
2:05
Inside the race to restore power after Hurricane Lena
CBS News
6h
3:40
Senate passes stopgap bill hours before shutdown deadline
Feedback
"""


def test_a_rail_whose_cards_open_on_source_and_age_keeps_each_age_with_its_title() -> None:
    # must stay (auditor C's C-2, probe C05): source / age / length / title cards: the age
    # over a length is the card's under it, and the first card is kept
    drafts = split(STAMP_FIRST_RAIL)
    assert [(d.title[:20], d.source, d.time_text) for d in drafts] == [
        ("Firefighters battle ", "Associated Press", "2h"),
        ("Moment crane collaps", "Reuters", "3h"),
        ("Inside the race to r", "NBC News", "5h"),
        ("Senate passes stopga", "CBS News", "6h"),
    ]


def test_a_live_blogs_small_hours_entry_under_the_blogs_age_keeps_its_clock() -> None:
    # must stay (auditor C's C-1, probe C02): an entry's clock over its headline and text
    text = (
        "News\nWorld\n"
        "Live: Earthquake strikes off Japan's northeast coast, tsunami warning issued\n"
        "2 hours ago\n"
        "03:42\nTsunami warning lifted for Miyagi\n"
        "The Japan Meteorological Agency has lifted the tsunami warning for Miyagi prefecture, "
        "but advisories remain in place for Iwate and Fukushima.\n"
        "03:15\nNuclear plant reports no abnormalities\n"
        "Tohoku Electric Power said there were no abnormalities at the Onagawa nuclear plant "
        "after the quake.\n"
        "About us\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    assert "03:42" in drafts[0].body
    assert "Tsunami warning lifted for Miyagi" in drafts[0].body


def test_a_terse_tickers_small_hours_entry_under_the_blogs_stamp_keeps_its_clock() -> None:
    # must stay (auditor C's C-1b, probe C14): one short sentence under the entry's headline
    # is text too, no video card's source or stamp
    text = (
        "Nachrichten\nPolitik\n"
        "US-Wahl im Liveblog: Trump gewinnt Pennsylvania\n"
        "04.11.2026, 03:20 Uhr\n"
        "03:18\nTrump gewinnt Pennsylvania\nDas meldet AP.\n"
        "02:55\nHarris spricht in Washington\n"
        '"Jede Stimme muss gezählt werden", sagte sie.\n'
        "02:31\nWahllokale in Arizona geschlossen\nErste Ergebnisse in einer Stunde.\n"
        "Impressum\n"
    )
    lead = split(text)[0]
    assert "03:18" in lead.body
    assert "Das meldet AP." in lead.body
