"""A form's clock label between a date and its clock ("Date: 12-10-2026 Time: 16:40") is
dropped like "ore"; a wire's copyright in brackets with its story's stamp closing a
partner's reprint ("(©AFP / 12 octobre 2026 16h40)") is that story's stamp, not a footer."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time


def test_a_clock_label_between_the_date_and_its_clock_is_read() -> None:
    assert find_time("Date: 12-10-2026 Time: 16:40") == "Date: 12-10-2026 Time: 16:40"
    assert find_time("12/10/2026 Heure : 16h40") is not None
    assert find_time("Time: 16:40 is when the vote closes tonight") is None


def test_a_wire_copyright_with_its_stamp_is_the_stamp() -> None:
    assert find_time("(©AFP / 12 octobre 2026 16h40)") == "12 octobre 2026 16h40"
    assert find_time("(© Reuters / 12.10.2026 16:40)") is not None
    assert find_time("(©AFP / tous droits réservés)") is None


_PAGE = """Le Journal Monde
Europe
Espagne : les agriculteurs bloquent les routes de Catalogne
Des centaines de tracteurs ont convergé vers Barcelone pour protester contre les prix.
Les agriculteurs catalans ont bloqué lundi plusieurs axes routiers autour de Barcelone.
Ils dénoncent la hausse des coûts de production et la concurrence des importations.
Le gouvernement régional a promis de les recevoir mardi.
(©AFP / 12 octobre 2026 16h40)
À lire aussi
Italie : le Parlement adopte le budget"""


def test_the_wire_copyright_stamp_under_the_text_dates_the_lead() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 10, 12, 18, tzinfo=UTC))
    lead = process_page(page)[0]
    assert lead.title == "Espagne : les agriculteurs bloquent les routes de Catalogne"
    assert lead.published_at == datetime(2026, 10, 12, 16, 40, tzinfo=UTC)
    assert "©AFP" not in lead.body
