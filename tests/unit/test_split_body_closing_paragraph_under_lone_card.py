"""split_body: the one sentence under a lone card in a "Related" box, printed under the
card's stamp and using no word of its headline, is the lead's closing paragraph, not the
card's summary (audit A's A-11); a German quote closing that sentence ('… Herz.“') still
ends it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_prose

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
CLOSING = "The council's finance chair said the plan would be reviewed again in spring."


def test_closing_sentence_under_a_lone_related_card_joins_the_lead() -> None:
    text = (
        "Local News\n"
        "Riverside council approves new bus depot after long debate\n"
        "By Dana Whitfield\n"
        "Wed, November 25, 2026 at 9:00 AM UTC\n"
        "Riverside's council voted on Tuesday night to approve a new bus depot on the old "
        "gasworks site, ending two years of debate.\n"
        "The depot will house 60 electric buses and open in 2028, according to the plan "
        "approved by councillors.\n"
        "Residents near the site had asked for a noise wall along the northern fence.\n"
        "Related\n"
        "Library opening hours cut as budget pressures bite\n"
        "Riverside Gazette · 3 days ago\n"
        f"{CLOSING}\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert CLOSING in drafts[0].body
    assert all(CLOSING not in draft.body for draft in drafts[1:])


def test_german_closing_quote_after_a_full_stop_ends_a_sentence() -> None:
    assert _is_prose("Für den Trainer ist klar: „Derbys gewinnt man mit Herz.“")
    assert not _is_prose("Interview: „Wir haben die Wende unterschätzt“")
