"""split_live._first_entry_clock: a bare clock right under a blog's headline, with text
under it and more bare clocks below, is the first entry's stamp ("11h42" / text / "10h58"
/ text): it stays in the body, and the blog, printing no stamp of its own, has none
(oldprobes L05, L07: the clock was taken as the blog's and dropped)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 13, 20, tzinfo=UTC)

ENTRIES = """\
11h42
Enedis indique que 120 000 foyers restent privés de courant dans le Finistère.
10h58
Le préfet du Morbihan maintient la fermeture des écoles jusqu'à mardi.
10h15
Un homme de 70 ans a été blessé par la chute d'un arbre à Quimper, selon les pompiers.
Partager
"""
HEADER = "En direct\nTempête Ciarán : la Bretagne toujours privée d'électricité\n"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_bare_clock_under_the_headline_is_the_first_entrys() -> None:
    blog = split(HEADER + ENTRIES)[0]
    assert blog.title == "Tempête Ciarán : la Bretagne toujours privée d'électricité"
    assert blog.body.startswith("11h42")
    assert blog.time_text is None


def test_a_labelled_stamp_under_the_headline_stays_the_blogs() -> None:
    """Must stay: "Mis à jour à 11h50" over the entries is the blog's own stamp."""
    blog = split(HEADER + "Mis à jour à 11h50\n" + ENTRIES)[0]
    assert blog.time_text is not None and "11h50" in blog.time_text
    assert blog.body.startswith("11h42")


def test_a_clock_over_a_blogs_text_with_no_entries_under_it_stays_its_stamp() -> None:
    """Must stay: one clock over text and no other clock below is the page's stamp."""
    text = HEADER + ENTRIES.split("10h58", maxsplit=1)[0] + "Partager\n"
    drafts = split(text)
    assert "Enedis indique" in drafts[0].body
    assert not drafts[0].body.startswith("11h42")
