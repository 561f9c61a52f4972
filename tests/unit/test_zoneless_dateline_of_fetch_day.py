"""A header's dateline with a clock and no zone ("Bilbao, 28 de noviembre de 2026, 09:40")
alone under the byline is the lead's stamp when its date is the day the page was fetched
(or the day before); a fixture's or a show's date, another day, stays text."""

from datetime import UTC, date, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import dateline_stamp_of_day, find_time

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Nacional
El puerto de Bilbao bate su récord de mercancías en noviembre
Redacción Economía
Bilbao, 28 de noviembre de 2026, 09:40
El puerto de Bilbao ha movido este mes más mercancías que en ningún otro noviembre.
La autoridad portuaria atribuye el aumento al tráfico de contenedores hacia el norte.
"""


def test_the_zoneless_dateline_of_the_fetch_day_is_the_leads_stamp() -> None:
    events = process_page(RawPage(text=PAGE, fetched_at=FETCHED))
    assert len(events) == 1
    assert events[0].published_at == datetime(2026, 11, 28, 9, 40, tzinfo=UTC)
    assert "Bilbao, 28 de noviembre" not in events[0].body


def test_a_zoneless_dateline_of_another_day_is_no_stamp() -> None:
    assert dateline_stamp_of_day("Old Trafford, 12 June 2026 19:30", date(2026, 11, 28)) is None
    assert find_time("Bilbao, 28 de noviembre de 2026, 09:40") is None  # (split reads it alone)
