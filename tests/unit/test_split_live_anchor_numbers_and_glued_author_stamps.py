"""split: a live blog whose entries print an anchor number over their headline
("1773325200") and close with the author's name glued to the entry's date and clock stays
one blog: the numbers are no cards' chips, each entry keeps its stamp and headline, and
"Show latest updates" is UI."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)

PAGE = (
    "The Daily Ledger\n"
    "Politics\n"
    "Live\n"
    "Spring statement live: Chancellor sets out spending cuts as growth forecast falls\n"
    "Chancellor to address MPs after lunch\n"
    "Martin Kessler\n"
    "Thursday 12 March 2026 14:20 GMT\n"
    "1773325200\n"
    "Watchdog warns of weaker growth this year\n"
    "The fiscal watchdog has cut its growth forecast for this year to 0.8 per cent.\n"
    "Martin Kessler12 March 2026 14:20\n"
    "1773321600\n"
    "Chancellor leaves Downing Street for the Commons\n"
    "The chancellor was pictured leaving Number 11 with the traditional red box.\n"
    "Martin Kessler12 March 2026 13:20\n"
    "Show latest updates\n"
)


def test_anchor_numbers_make_no_cards_and_entries_keep_their_stamps() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.role for draft in drafts] == ["lead"]
    body = drafts[0].body
    assert "12 March 2026 14:20" in body and "12 March 2026 13:20" in body
    assert "Chancellor leaves Downing Street for the Commons" in body
    assert "1773325200" not in body
    assert "Show latest updates" not in body
