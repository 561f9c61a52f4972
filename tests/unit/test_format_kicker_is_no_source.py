"""split: a format kicker over a headline ("Q&A", "Interview") names the story's form, no
publisher: an ampersand's short token looks like an outlet's name ("AT&T") but is none."""

from datetime import UTC, datetime

from streams.boilerplate import is_section_name
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
The Prairie Review
Arts
Books
{kicker}
'I wanted the prairie to be the villain': a novelist on her shortlisted debut
By Owen Maclean
Published November 18, 2026
Her first novel follows three generations of a farm family through the drought years of the \
1930s and the 2020s. She spoke with us from her home.
What drew you to the drought years? My grandmother kept a diary of them, and I read it when I \
was twelve. I never forgot the dust in it.
"""


def test_format_kickers_are_sections() -> None:
    assert is_section_name("Q&A")
    assert is_section_name("Interview")


def test_a_q_and_a_kicker_over_the_headline_is_no_source() -> None:
    for kicker in ("Q&A", "Interview"):
        page = clean_page(
            RawPage(
                text=PAGE.format(kicker=kicker),
                fetched_at=datetime(2026, 11, 18, 12, tzinfo=UTC),
            )
        )
        drafts = split_articles(page)
        assert drafts[0].title.startswith("'I wanted the prairie")
        assert drafts[0].source is None
