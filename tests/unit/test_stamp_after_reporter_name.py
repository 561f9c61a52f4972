"""A reporter's name and the stamp on one line, without "By" ("Bram van den Berg
28-11-26, 10:05"): the name opens with a given name and the stamp is a numeric date with
its clock; a title ending on such a date is no byline."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time

ARTICLE = (
    "Binnenland\n"
    "Gemeente sluit brug over de Amstel voor groot onderhoud\n"
    "Sanne de Vries 14-03-26, 09:20\n"
    "Laatste update: 11:45\n"
    "De gemeente sluit de brug vanaf maandag voor zes weken. Fietsers en voetgangers"
    " worden omgeleid via de Berlagebrug, meldt een woordvoerder.\n"
    "Het onderhoud was al twee keer uitgesteld omdat de aannemer te weinig personeel had.\n"
)


def test_the_stamp_after_a_reporter_name_is_read() -> None:
    assert find_time("Sanne de Vries 14-03-26, 09:20") == "14-03-26, 09:20"
    assert find_time("Jan van der Berg 14/03/2026 09:20") == "14/03/2026 09:20"


def test_a_title_before_a_numeric_stamp_is_no_byline() -> None:
    assert find_time("Brexit deal 14-03-26, 09:20") is None


def test_the_byline_stamp_wins_over_the_update() -> None:
    lead = process_page(RawPage(text=ARTICLE))[0]
    assert lead.published_at == datetime(2026, 3, 14, 9, 20, tzinfo=UTC)
