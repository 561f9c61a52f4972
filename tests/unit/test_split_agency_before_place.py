"""A news agency's name and the story's place on one line in the byline's place ("Press
Trust of India New Delhi", under a captioned photo) give the agency as the source; a
reading time before the header's "Last Updated" stamp ("3 min read Last Updated : …") is no
part of it, so the "First Published" stamp printed after the text wins (README, Time
stamps: the published stamp wins)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_header import _agency_before_place
from streams.timestamps import find_time

FETCHED = datetime(2026, 11, 29, 10, 30, tzinfo=UTC)
URL = "https://marketdaily.example/india-news/port-strike-ends-126112900512_1.html"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)))


PAGE = (
    "Market Daily\nMarkets\nCompanies\nOpinion\nSubscribe\n"
    "Home / India News / Dock workers end strike at Chennai port after wage deal\n"
    "Dock workers end strike at Chennai port after wage deal\n"
    "The agreement raises daily allowances by 12 per cent and sets up a panel on shift "
    "rosters to report within three months\n"
    "Container ships wait at the Chennai port (Photo: PTI)\n"
    "Press Trust of India Chennai\n"
    "3 min read Last Updated : Nov 29 2026 | 2:14 PM IST\n"
    "Dock workers at Chennai port called off their four-day strike on Sunday after the port "
    "authority agreed to raise daily allowances, union leaders said.\n"
    "More than 30 vessels had been waiting at anchorage, and exporters of garments and auto "
    "parts had warned of missed shipments before the holiday season.\n"
    "The port authority said loading would resume with the night shift and the backlog "
    "would be cleared within a week.\n"
    "First Published: Nov 29 2026 | 2:10 PM IST\n"
    "Explore News\nStock Market Today\n"
)


def test_agency_before_place_in_byline_is_the_source_and_first_published_wins() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    lead = drafts[0]
    assert lead.title == "Dock workers end strike at Chennai port after wage deal"
    assert lead.source == "Press Trust of India"
    assert lead.time_text == "First Published: Nov 29 2026 | 2:10 PM IST"


def test_agency_before_place_reads_only_an_agency_and_a_place() -> None:
    assert _agency_before_place("Press Trust of India New Delhi") == "Press Trust of India"
    assert _agency_before_place("IANS Mumbai") == "IANS"
    assert _agency_before_place("Priya Raman New Delhi") is None  # (a reporter, no agency)
    assert _agency_before_place("Press Trust of India") is None  # (no place)


def test_reading_time_before_a_stamp_is_no_part_of_it() -> None:
    line = "3 min read Last Updated : Nov 29 2026 | 2:14 PM IST"
    assert find_time(line) == "Last Updated : Nov 29 2026 | 2:14 PM IST"
