"""split_live._topic_over_headline: a topic line of any length over a "++ … ++" ticker
headline is the blog's topic; the ticker headline is its title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(topic: str, headline: str) -> str:
    return f"""\
Wirtschaft
liveblog
{topic}
{headline}
Stand: 14.03.2026 16:42 Uhr
Die Gewerkschaft hat ihre Mitglieder zu einem Streik im Personen- und Güterverkehr aufgerufen.
16:42 Uhr
Fahrgastverband rät zu Verschiebung von Reisen
Der Fahrgastverband rät Reisenden, nicht dringend notwendige Fahrten zu verschieben.
16:20 Uhr
Notfahrplan veröffentlicht
Die Bahn hat erste Details zum Notfahrplan veröffentlicht, vor allem im Fernverkehr.
15:51 Uhr
Minister fordert Schlichtung
Der Bundesverkehrsminister hat beide Seiten aufgefordert, den Konflikt beizulegen.
"""


def test_a_ticker_headline_under_a_long_topic_line_is_the_title() -> None:
    drafts = split(blog("Tarifkonflikt bei der Bahn", "++ GDL kündigt Streik ab Montag an ++"))
    assert drafts[0].title == "++ GDL kündigt Streik ab Montag an ++"
    assert "Notfahrplan" in drafts[0].body


# must stay: no live label, no entries: an ordinary article under a ticker headline keeps
# its paragraphs
ARTICLE = """\
Wirtschaft
Tarifkonflikt bei der Bahn
++ GDL kündigt Streik ab Montag an ++
Stand: 14.03.2026 16:42 Uhr
Die Gewerkschaft hat ihre Mitglieder zu einem Streik im Personen- und Güterverkehr aufgerufen.
Die Bahn will rund 20 Prozent der Fernzüge fahren lassen, teilte ein Sprecher mit.
Der Fahrgastverband rät Reisenden, nicht dringend notwendige Fahrten zu verschieben.
"""


def test_an_article_under_a_ticker_headline_is_no_blog() -> None:
    drafts = split(ARTICLE)
    assert len(drafts) == 1
    assert "rund 20 Prozent der Fernzüge" in drafts[0].body
    assert "nicht dringend notwendige Fahrten" in drafts[0].body


# must stay (auditor B's B-L4, probe L08): German tickers open every entry with "+++ … +++";
# the first entry's headline is no blog headline, the line over it is
TICKER_ENTRIES = """\
Liveblog
Hochwasser in Bayern: Pegel an der Donau steigen weiter
+++ Passau ruft den Katastrophenfall aus +++
11:40 Uhr
In Passau hat die Donau acht Meter überschritten. Die Stadt hat Katastrophenalarm ausgelöst.
+++ Bahn sperrt Strecke Regensburg–Passau +++
10:55 Uhr
Die Bahn sperrt die Strecke zwischen Regensburg und Passau. Ersatzbusse sind angefordert.
+++ Wetterdienst erwartet weiteren Regen +++
09:30 Uhr
Der Deutsche Wetterdienst erwartet bis zum Abend weitere 40 Liter Regen pro Quadratmeter.
"""


def test_entries_under_ticker_marks_keep_the_blog_headline() -> None:
    drafts = split(TICKER_ENTRIES)
    assert drafts[0].title == "Hochwasser in Bayern: Pegel an der Donau steigen weiter"
    assert "Passau ruft den Katastrophenfall aus" in drafts[0].body
    assert "Katastrophenalarm ausgelöst" in drafts[0].body


# must stay (auditor B's B-L5, probe L12): only the newest entry prints a "+++ … +++"
# headline, right over its clock-only stamp; the line over it is the blog's headline
LONE_TICKER_ENTRY = """\
Liveblog
Hochwasser in Bayern: Pegel an der Donau steigen weiter
+++ Passau ruft den Katastrophenfall aus +++
11:40 Uhr
In Passau hat die Donau die Marke von acht Metern überschritten. Die Stadt hat \
Katastrophenalarm ausgelöst.
10:55 Uhr
Die Bahn sperrt die Strecke zwischen Regensburg und Passau. Ersatzbusse sind angefordert.
09:30 Uhr
Der Deutsche Wetterdienst erwartet bis zum Abend weitere 40 Liter Regen pro Quadratmeter.
"""


def test_a_lone_ticker_entry_headline_over_its_clock_is_no_blog_title() -> None:
    drafts = split(LONE_TICKER_ENTRY)
    assert drafts[0].title == "Hochwasser in Bayern: Pegel an der Donau steigen weiter"
    assert "Katastrophenalarm" in drafts[0].body


def test_a_ticker_headline_under_a_headline_with_a_colon_is_no_title() -> None:
    """The line over a lone ticker line is a topic only without a colon: "Hochwasser in
    Bayern: Pegel steigen weiter" over "+++ … +++" / "Stand: …" is the blog's headline."""
    headline = "Hochwasser in Bayern: Pegel an der Donau steigen weiter"
    drafts = split(blog(headline, "++ Passau ruft den Katastrophenfall aus ++"))
    assert drafts[0].title == headline
