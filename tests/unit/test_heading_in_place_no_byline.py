"""split: "Name in Place" is a byline only when the name opens with a known first name
("Sarah Brennan in Brussels"); a chart's heading of the same shape ("Verkaufte Neuwagen in
Sachsen" over "Quelle: …") is none, so the text under the chart goes on to its end."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_byline

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

LAST = "Der Branchenverband rechnet erst 2028 wieder mit mehr Zulassungen als vor der Krise."
PAGE = (
    "Startseite\nWirtschaft\n"
    "Autohandel in Sachsen bricht ein\n"
    "Von Jonas Keller\n"
    "30.11.2026, 09:30 Uhr\n"
    "Die Autohäuser in Sachsen haben im Herbst deutlich weniger Neuwagen verkauft. Vor allem "
    "Elektroautos bleiben auf den Höfen stehen, wie neue Zahlen zeigen.\n"
    "Zulassungen von Elektroautos seit 2022\n"
    "Quelle: Kraftfahrt-Bundesamt\n"
    "Im Oktober wurden nur noch 2.100 Elektroautos neu zugelassen. Das sind fast ein Drittel "
    "weniger als im Vorjahresmonat.\n"
    "Verkaufte Neuwagen in Sachsen\n"
    "Quelle: Statistisches Landesamt\n"
    "Auch bei den Verbrennern sinkt die Nachfrage. Die Händler klagen über hohe Zinsen und "
    "eine große Unsicherheit bei den Kunden.\n"
    f"{LAST}\n"
)


def test_chart_heading_in_place_does_not_cut_the_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert LAST in drafts[0].body


def test_author_in_place_stays_a_byline() -> None:
    assert _is_byline("Sarah Brennan in Brussels")
    assert not _is_byline("Verkaufte Neuwagen in Sachsen")
