"""A story sentence whose last clause, after a dash, tells readers to register or donate
somewhere is text, not a promotion (auditor E's E3 on a reverted rule): nothing of the
site's own voice ("our", "here", a channel to join) is in it."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "The run starts at 10am on Sunday – register on the hospice website by Friday.",
        "Friends have set up an appeal for the family – donate via the family's GoFundMe website.",
        "Der Lauf beginnt um 10 Uhr am Stadion – registrieren können sich Interessierte bis "
        "Freitag auf der Website der Stadt.",
    ],
)
def test_a_story_sentence_with_a_command_after_a_dash_stays(sentence: str) -> None:
    text = (
        "Home\nNews\nHundreds expected at the Victoria Park fun run\nBy Emma Clarke\n"
        "10 March 2026\n"
        "More than 600 runners are expected to take part in this year's Victoria Park fun "
        "run, which raises money for a children's hospice.\n"
        f"{sentence}\n"
        "Entry costs £12 for adults and is free for under-16s, organisers said.\n"
    )
    page = clean_page(RawPage(text=text, url="https://example.com/news/x", fetched_at=FETCHED))
    assert sentence in page.lines
