"""split_header on wire copy printed by partner sites: the masthead, the lead photo's caption
and the furniture between a wire story's headline and its text."""

from datetime import UTC, datetime

from streams.captions import ends_with_photo_note
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def split(text: str, url: str | None = None) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


TEXT = """\
Port officials said on Wednesday the new berth would double the terminal's capacity by next year.
The project, financed by a consortium of regional banks, was delayed twice by heavy rains.
Dock workers' unions welcomed the expansion but asked for guarantees on jobs during the work.
Shares in the port operator rose 3 percent in morning trading after the announcement.
The harbour master said the first container ships would berth there before the summer.
Environmental groups said they would keep watching the dredging work in the outer bay.
"""

NOTED_CAPTION = (
    """\
Harbour Herald
Local
Business
Sport
Weather
Port of Lindqvist opens new deep-water berth after two-year delay
AFP
OSLO
Mar. 4, 2026 10:15 am CET
Cranes unload containers at the port of Lindqvist. (File photo)
Image: AFP
"""
    + TEXT
)


def test_a_caption_closed_by_a_photo_note_is_no_headline() -> None:
    # the agency and the place under the headline read like a menu's one-word links: the
    # caption under them, its note on the kind of picture and its credit under it, is the
    # lead photo's, not the headline under a menu
    article = lead(split(NOTED_CAPTION, "https://harbour.example/business/port-berth-opens"))
    assert article.title == "Port of Lindqvist opens new deep-water berth after two-year delay"
    assert article.time_text == "Mar. 4, 2026 10:15 am CET"
    assert "Cranes unload containers" not in article.body
    assert "Port officials said on Wednesday" in article.body


def test_a_headline_closed_by_another_note_in_brackets_stays() -> None:
    # must stay: a label in brackets that is no note on a picture ends a headline
    page = NOTED_CAPTION.replace(
        "Port of Lindqvist opens new deep-water berth after two-year delay",
        "Port of Lindqvist opens new deep-water berth (Update)",
    ).replace("Cranes unload containers at the port of Lindqvist. (File photo)\nImage: AFP\n", "")
    article = lead(split(page, "https://harbour.example/business/port-berth-opens"))
    assert article.title == "Port of Lindqvist opens new deep-water berth (Update)"


def test_photo_notes_end_captions_only() -> None:
    assert ends_with_photo_note("Cranes unload containers at the port. (File photo)")
    assert ends_with_photo_note("Kräne entladen Container im Hafen (Archivbild)")
    assert ends_with_photo_note("Cranes unload containers at the port [Representative image]")
    assert not ends_with_photo_note("Port berth opens to first container ships (Update)")
    assert not ends_with_photo_note("Cranes unload containers at the port (Photo)")
    assert not ends_with_photo_note("(File photo)")  # (a note alone is no caption's end)


MASTHEAD = (
    """\
Harbour Times Online
Wednesday, March 4, 2026
News
Business
Sport
Opinion
Business
Port of Lindqvist opens new deep-water berth after two-year delay
Source: Xinhua
Posted on March 4, 2026 at 10:14 am
"""
    + TEXT
    + """\
You May Also Like
Ferry operator adds winter crossings to the islands
March 3, 2026
Fishing quotas for next season to be set in April
March 2, 2026
"""
)


def test_the_site_name_over_the_days_date_is_the_masthead() -> None:
    # the host spells the name but its last word ("Online"): the page's first line over the
    # day's date, a menu under it, is no card, and no "headline" for the story under it
    drafts = split(MASTHEAD, "https://www.harbourtimes.example/2026/03/04/port-berth-opens/")
    article = lead(drafts)
    assert article.title == "Port of Lindqvist opens new deep-water berth after two-year delay"
    assert article.time_text == "Posted on March 4, 2026 at 10:14 am"
    assert article.source == "Xinhua"
    assert [draft.title for draft in drafts if draft.role == "related"] == [
        "Ferry operator adds winter crossings to the islands",
        "Fishing quotas for next season to be set in April",
    ]


def test_a_story_headed_by_a_name_the_host_spells_stays() -> None:
    # must stay: a headline in a name's shape that opens with the site's name, over its date
    # and its text, is the story's
    page = "Harbour Times Sold\nWednesday, March 4, 2026\n" + TEXT
    article = lead(split(page, "https://www.harbourtimes.example/2026/03/04/harbour-times-sold/"))
    assert article.title == "Harbour Times Sold"
    assert "Port officials said on Wednesday" in article.body


SIGNED = (
    """\
Worldreader
News
Europe
Africa
Asia
Opinion
Europe
Kestrel Bay
Published On 4 March 2026
Port of Lindqvist opens new deep-water berth after two-year delay
The terminal's new berth doubles its capacity, officials said, after two years of delays.
{credit}
"""
    + TEXT
    + """\
More stories
Nordic Wire
2 hours ago
Ferry operator adds winter crossings to the islands
Coast Daily
3 hours ago
Fishing quotas for next season to be set in April
"""
)
SIGNED_URL = "https://worldreader.example/europe/kestrel-bay/port-berth-opens"


def test_a_publisher_that_signs_the_story_is_no_breadcrumb() -> None:
    # an aggregator prints the region over the publisher, both folders of the URL, like a
    # breadcrumb; the publisher's own credit under the standfirst says it is the publisher
    page = SIGNED.format(credit="Kestrel Bay and news agencies")
    assert lead(split(page, SIGNED_URL)).source == "Kestrel Bay"


def test_a_section_under_a_menu_item_stays_no_source() -> None:
    # must stay: without the newsroom's credit, or with a desk's credit (the section's
    # staff), the name under the menu item is the breadcrumb's next step
    for credit in ("By Ann Cole", "Kestrel Bay and Europe desk", "Kestrel Bay and Europe Reporter"):
        page = SIGNED.format(credit=credit)
        assert lead(split(page, SIGNED_URL)).source is None, credit


def _bylined(byline: str) -> str:
    return (
        "Port of Lindqvist opens new deep-water berth after two-year delay\n"
        f"{byline}\nPublished: Mar. 4, 2026 at 6:41 AM CST\n" + TEXT
    )


def test_an_agency_after_reporters_in_capitals_with_a_prefix() -> None:
    # "McFETRIDGE" is set in capitals past its prefix: the agency after it is the source
    page = _bylined("By ANN COLE and SCOTT McFERRAN Associated Press")
    assert lead(split(page, "https://kxlt.example/news/port-berth-opens")).source == (
        "Associated Press"
    )


def test_a_source_under_the_headline_stays() -> None:
    # must stay: a comma before the agency, and reporters not in capitals (no agency after)
    url = "https://kxlt.example/news/port-berth-opens"
    assert lead(split(_bylined("By Jane Doe, Reuters"), url)).source == "Reuters"
    assert lead(split(_bylined("By Jane McFerran and Tom Ward"), url)).source is None
