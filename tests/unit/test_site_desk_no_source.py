"""A desk of the page's own site printed with the lead is its newsroom, no source: the
site's name and a section ("Norte Press Regional" on nortepress.example), or a news
service's initials opened by the masthead's ("KTNS" under "Kerala Tribune")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_sources import _site_keys, site_desk

PAGE = """\
Kerala Tribune
India
Kerala
Kochi
Kochi Water Metro to add four routes to the islands by March
KTNS
Last Updated : 30 November 2026, 06:15 IST
Kochi: The Kochi Water Metro will add four routes linking the islands of the harbour by \
March, the operator said on Sunday.
The new routes will be served by twelve boats now being built at the Cochin shipyard.
"""


def test_a_news_service_opened_by_the_mastheads_initials_is_no_source() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(text=PAGE, url=None, fetched_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
        )
    )
    assert drafts[0].title == "Kochi Water Metro to add four routes to the islands by March"
    assert drafts[0].source is None


def test_the_sites_name_and_a_section_is_its_desk() -> None:
    site = _site_keys("https://www.nortepress.example/regional/noticia-puerto.html")
    assert site_desk("Norte Press Regional", site, "norte press")
    assert not site_desk("Agencia Sur Regional", site, "norte press")  # another agency's desk
    assert not site_desk("Reuters", site, "norte press")
