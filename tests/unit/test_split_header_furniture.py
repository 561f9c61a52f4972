"""split_header: the furniture around a headline (publisher blocks, bylines read as a card's
source) does not take the place of the story's publisher."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_header import _audience_count, _authors_names

FETCHED = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
PARAGRAPHS = "".join(
    f"{paragraph}\n"
    for paragraph in (
        "Factory output in the region fell 1.4% in February from a month earlier, the"
        " statistics office said on Tuesday, the third monthly fall in a row and a steeper one"
        " than economists had expected.",
        "Makers of machinery and car parts cut shifts as orders from abroad slowed, while"
        " energy-intensive plants held output down after a rise in gas prices at the start of"
        " the year.",
        '"Orders are simply not coming in the way they did last spring," said Helga Marsh,'
        " chief economist at Northgate Bank, who expects the central bank to hold rates at its"
        " next meeting.",
    )
)


def split(text: str, url: str | None = None) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


SLUG_URL = (
    "https://news.example/world/factory-output-falls-for-third-month-as-plants-cut-shifts-101.html"
)
HEADLINE = "Factory output falls for a third month as plants cut shifts"


def byline_page(publisher: str, byline: str) -> str:
    """A portal's header: publisher, headline, a byline, a stamp and a button read as a
    card's title (source / stamp / title) until the URL's slug names the headline."""
    return (
        f"Portal News\nNews\nWorld\nBusiness\n{publisher}\n{HEADLINE}\n{byline}\n"
        "Tue, March 10, 2026 at 9:12 AM UTC\nAdd Portal on your home screen\n" + PARAGRAPHS
    )


def test_authors_read_as_a_cards_source_give_way_to_the_publisher_over_the_headline() -> None:
    drafts = split(byline_page("Reuters", "Ana Ruiz and Tomas Berg"), SLUG_URL)
    assert lead(drafts).title == HEADLINE
    assert lead(drafts).source == "Reuters"


def test_a_role_line_under_the_authors_name_is_no_source() -> None:
    page = byline_page("Business", "Tomas Berg\nIndustry Reporter")
    assert lead(split(page, SLUG_URL)).source is None


def test_an_agency_under_the_headline_stays_the_source() -> None:
    """Must stay: an agency in the byline's place is the story's source."""
    drafts = split(byline_page("Business", "Reuters"), SLUG_URL)
    assert lead(drafts).title == HEADLINE
    assert lead(drafts).source == "Reuters"


def test_an_outlet_under_the_headline_stays_the_source() -> None:
    """Must stay: "The Daily Reporter" is an outlet's name, under no person's name."""
    drafts = split(byline_page("Business", "The Daily Reporter"), SLUG_URL)
    assert lead(drafts).source == "The Daily Reporter"


@pytest.mark.parametrize("publisher", ["Bloomberg", "CNBC", "Der Spiegel"])
def test_a_publisher_under_the_headline_stays_the_source(publisher: str) -> None:
    """Must stay (audit B4): a publisher in the byline's place that is no agency's name nor
    has an outlet's word is still the story's source; only a byline gives way."""
    drafts = split(byline_page("Business", publisher), SLUG_URL)
    assert lead(drafts).title == HEADLINE
    assert lead(drafts).source == publisher


@pytest.mark.parametrize("publisher", ["Sky News", "Fox Business", "Associated Press"])
def test_a_publisher_shaped_like_a_name_is_no_byline(publisher: str) -> None:
    """Must stay (audit B4): two Title Case words, no person's first name."""
    assert not _authors_names(publisher)


@pytest.mark.parametrize("byline", ["Ana Ruiz", "Mei Tanabe and Kenji Oshiro"])
def test_authors_under_the_headline_are_no_source(byline: str) -> None:
    drafts = split(byline_page("Business", byline), SLUG_URL)
    assert lead(drafts).title == HEADLINE
    assert lead(drafts).source is None


FOLLOWERS_PAGE = (
    "Portal\nNews\nWeather\nSports\nMoney\nNorthgate Courier\nNorthgate Courier\nFollow\n"
    "{count}\n"
    f"{HEADLINE}\n"
    "Story by Ana Ruiz\n \u2022 \n3h\n \u2022 \n4 min read\n" + PARAGRAPHS
)


def test_a_publishers_follower_count_stands_between_it_and_the_headline() -> None:
    for count in ("812.4K Followers", "96,1K Follower", "1,2 Mio. Abonnenten"):
        drafts = split(FOLLOWERS_PAGE.format(count=count), SLUG_URL)
        assert lead(drafts).title == HEADLINE
        assert lead(drafts).source == "Northgate Courier", count
        assert count not in lead(drafts).body


def test_audience_count_shape() -> None:
    assert _audience_count("812.4K Followers")
    assert _audience_count("12 k abonnés")
    # must stay: a headline or a sentence about followers, a word alone
    assert not _audience_count("Followers")
    assert not _audience_count("40 followers of sect leader held at border")
    assert not _audience_count("Cult's followers")
    assert not _audience_count("812.4K Views")


def test_a_follower_count_over_an_unstamped_lead() -> None:
    page = f"Portal\nNews\nMoney\nNorthgate Courier\n812.4K Followers\n{HEADLINE}\n" + PARAGRAPHS
    assert lead(split(page, SLUG_URL)).source == "Northgate Courier"


VIDEO_PAGE = (
    "Nachrichten\nPolitik\nWirtschaft\n"
    "Brückensperrung: So fahren Pendler am Wochenende\n"
    "Von Lena Hart\n"
    "12.03.2026, 08:15 Uhr\n"
    "Die Stadt sperrt die Nordbrücke an zwei Wochenenden komplett für den Verkehr, wie sie am"
    " Mittwochabend mitgeteilt hat.\n"
    "Betroffen sind die Wochenenden im März, jeweils von Freitagabend bis Montagfrüh; der"
    " Verkehr wird über die beiden Nachbarbrücken umgeleitet.\n"
    "Täglich fahren rund 120.000 Fahrzeuge über die Brücke, die Stadt rechnet deshalb mit"
    " langen Staus auf den Umleitungsstrecken.\n"
    "{paragraph}\n"
    "Verwandtes Video: Brückensanierung im Land: Wo es jetzt eng wird (WDR)\n"
    "WDR\n2:14\nBrückensanierung im Land: Wo es jetzt eng wird\n"
)


def test_a_related_videos_label_in_german_is_no_card() -> None:
    drafts = split(VIDEO_PAGE.format(paragraph="Die Busse fahren Umleitungen."))
    assert [draft.title for draft in drafts] == ["Brückensperrung: So fahren Pendler am Wochenende"]
    assert "Verwandtes Video" not in drafts[0].body


def test_a_sentence_naming_a_related_video_stays() -> None:
    """Must stay: the label's words inside a story's sentence."""
    said = "Ein verwandtes Video der Polizei zeigt, wie der Lkw auf die Brücke fuhr."
    drafts = split(VIDEO_PAGE.format(paragraph=said))
    assert said in drafts[0].body
