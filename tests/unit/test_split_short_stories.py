"""Short real stories that gave zero articles (auditor C's probes W26, W10): a two-paragraph
report whose second paragraph is one short sentence ("Work will begin in June.") is all
sentences (``split_no_article._tells_report``), and the page's only text under a heading too
short to read as a title ("Farewell, Tom") is headed by it (``split_header._short_headline``).
Must stay: such a short heading over a notice's text (a removed article, a maintenance
notice, clean having taken the notice's own heading out so a menu link stands over it) is
no article (``split_no_article._short_heading``)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_no_article import _tells_report

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
URL = "https://example.com/news/x"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


def test_report_with_a_brief_last_sentence_is_a_story() -> None:
    drafts = split(
        "News\nLocal\nCouncil approves new cycle lanes\nVote passes 32 to 18\n"
        "The city council voted on Monday evening to build 14 kilometres of protected cycle "
        "lanes across the centre, despite a petition from shopkeepers on Market Street who "
        "fear losing passing trade.\nWork will begin in June.\n"
    )
    assert [d.title for d in drafts] == ["Council approves new cycle lanes"]
    assert "Work will begin in June." in drafts[0].body


def test_a_card_headline_under_the_report_is_no_sentence() -> None:
    # must stay: a headline in Title Case under the paragraph is no brief sentence
    assert not _tells_report(
        "Council approves new cycle lanes",
        [
            "The city council voted on Monday evening to build 14 kilometres of protected "
            "cycle lanes across the centre.",
            "Bus Fares Rise Again",
        ],
    )


def test_short_heading_over_a_staff_obituary_is_the_headline() -> None:
    drafts = split(
        "Farewell, Tom\nOur colleague Tom Hale, who covered the town council for this "
        "newspaper for 30 years, died on Sunday at the age of 71.\nWe will miss his humour, "
        "his shorthand and his habit of knowing everyone in the council chamber by name.\n"
    )
    assert [(d.title, d.role) for d in drafts] == [("Farewell, Tom", "lead")]
    assert "died on Sunday at the age of 71" in drafts[0].body


def test_menu_link_over_a_removed_article_notice_stays_no_article() -> None:
    # must stay: clean takes "This article is no longer available" out; a menu link is left
    # over the notice's sentences
    assert (
        split(
            "Skip to content\nThe Harbour Gazette\nNews\nSport\nCulture\nToday’s Paper\n"
            "This article is no longer available\nThis article has been removed from our "
            "website following a suppression order made by the District Court on November 27, "
            "2026.\nThe Harbour Gazette takes its obligations under the suppression orders act "
            "seriously, and we remove such material as soon as we become aware of the order.\n"
            "Return to homepage\n"
        )
        == []
    )


def test_short_heading_over_a_maintenance_notice_stays_no_article() -> None:
    # must stay: a short heading over a notice about the site itself
    assert (
        split(
            "Site update\nThe website will be unavailable on Sunday between 2 and 6 am while "
            "we carry out scheduled maintenance on our servers.\nWe apologise for any "
            "inconvenience and thank you for your patience while the work is done.\n"
        )
        == []
    )


def test_short_heading_over_a_stamp_over_a_placeholder_stays_no_article() -> None:
    # must stay (auditor C's C03): a live page not started yet
    assert (
        split(
            "Skip to content\nThe Northern Post\nNews\nWeather\nLIVE\nElection night\n"
            "Updated 5 minutes ago\nOur live coverage of the count will begin here at 9pm, "
            "with results from all 42 wards as they are declared.\nFollow along for reaction "
            "from the candidates and analysis from our politics team.\nMore news\nPrivacy\n"
        )
        == []
    )
