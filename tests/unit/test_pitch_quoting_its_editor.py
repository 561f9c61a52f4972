"""A pitch's paragraph between its heading and its button may quote the site's editor
("“…,” says our editor. Your support keeps …"): it still speaks to the reader outside the
quote, so it is the pitch's, not a story's paragraph reporting speech."""

from datetime import UTC, datetime

from streams.boilerplate import names_reader_outside_quotes
from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = "\n".join(
    [
        "Valley Gazette",
        "News",
        "Bridge over the Wye to close for repairs in January",
        "November 30, 2026 10:30 AM",
        "By Ann Lee",
        "The old road bridge over the Wye at Ross will close for six weeks from January.",
        "Drivers will be sent on a 14-mile diversion through Monmouth while the work is done.",
        "Support our local journalism",
        (
            "“Every story we publish is paid for by readers,” says our editor. Your support "
            "keeps reporters in your town."
        ),
        "Donate now",
        "Related",
        "Bus fares frozen until spring",
    ]
)


def test_a_pitch_quoting_its_editor_is_dropped() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert "14-mile diversion" in lead.body
    assert "paid for by readers" not in lead.body


def test_the_reader_named_inside_a_quote_only_is_no_pitch() -> None:
    assert not names_reader_outside_quotes("“You will see the change,” the mayor said.")
    assert names_reader_outside_quotes("“News matters,” says our editor. Your support counts.")
