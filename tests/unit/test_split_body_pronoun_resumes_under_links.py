"""split_body: short sentences under a box of headlines between the lead's paragraphs
that share no word with the text above still go on in the lead when their subject is a
pronoun for someone the text named ("She also …", '"…," she said.'): a teaser's summary
names whom it is about (auditor A's A-1)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_body import _refers_back

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
FIRST = "She also thanked the volunteers of the Red Cross."
SECOND = '"We were lucky," she said.'


def test_pronoun_sentences_under_a_links_box_stay_in_the_lead() -> None:
    text = (
        "World\n"
        "Mayor of Valencia visits flooded districts\n"
        "Updated 10:42 AM GMT, November 28, 2026\n"
        "VALENCIA, Spain (AP) — The mayor of Valencia on Saturday toured districts hit by floods.\n"
        "Water reached the first floors of homes.\n"
        '"This is a disaster," she said. "A disaster."\n'
        "Hundreds of residents spent the night in sports halls.\n"
        "Schools in the city stay closed on Monday.\n"
        "Related Stories\n"
        "Storm closes schools across eastern Spain\n"
        "3 MIN READ\n"
        "Rail line to Madrid reopens after landslide\n"
        "2 MIN READ\n"
        f"{FIRST}\n{SECOND}\n"
        "The Associated Press receives support for its coverage from a foundation. The AP is "
        "solely responsible for this content.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert FIRST in drafts[0].body
    assert SECOND in drafts[0].body


def test_a_named_subject_does_not_refer_back() -> None:
    assert _refers_back("He also mentioned Ukraine and Sudan.")
    assert _refers_back('"Do not forget them," he said.')
    assert not _refers_back("The council approved the budget on Monday.")
    assert not _refers_back('"Heavy rain," the agency said.')
