"""split_live._LIVE_TITLE: "DIRECT." / "EN DIRECT -" / "Directo |" printed at the start of
a live blog's own headline line labels it; "Direct flights …" is no label."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_live import _live_title
from streams.split_page import _features

FETCHED = datetime(2026, 11, 12, 16, 55, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
Environnement
Tempêtes
DIRECT. Tempête Ulla : 180 000 foyers privés d'électricité en Bretagne
Article rédigé par franceinfo - France Télévisions
Publié le 12/11/2026 07:02 Mis à jour le 12/11/2026 16:45
Ce qu'il faut savoir
La tempête Ulla balaie la Bretagne depuis la nuit dernière. Le Finistère est placé en \
vigilance rouge jusqu'à jeudi matin.
il y a 10 min
Les écoles resteront fermées jeudi dans le Finistère
Le rectorat de Rennes annonce que les écoles resteront fermées jeudi par précaution.
15:58
Enedis mobilise 2 500 techniciens
Enedis indique avoir mobilisé 2 500 techniciens pour rétablir le courant dans la région.
14:41
La préfecture maritime appelle à ne pas s'approcher du littoral
La préfecture demande à la population de ne pas s'approcher des côtes pendant la tempête.
"""


def test_a_direct_label_on_the_headline_line_labels_the_blog() -> None:
    lines = clean_page(RawPage(text=BLOG, fetched_at=FETCHED)).lines
    title = _live_title(_features(lines), len(lines))
    assert title is not None and lines[title].startswith("DIRECT. Tempête Ulla")


def test_a_direct_label_on_the_headline_line_makes_it_the_blogs_title() -> None:
    drafts = split(BLOG)
    assert drafts[0].title.startswith("DIRECT. Tempête Ulla")
    assert drafts[0].time_text is not None and drafts[0].time_text.startswith("Publié le")
    assert "Enedis indique avoir mobilisé" in drafts[0].body


# must stay: "Direct" as the headline's first word, an article with a dated timeline
ARTICLE = """\
Travel
Direct flights between Lisbon and Boston resume after two years
Published 12 November 2026, 09:15
The airline said the route would run three times a week from March, with daily flights in summer.
Tickets went on sale on Wednesday morning.
9:15 a.m. — The airline announces the route on its website.
The announcement came after months of talks with the airport authority.
10:30 a.m. — The first flights sell out within an hour.
Travel agents said demand was strongest from families visiting relatives.
"""


def test_a_headline_opening_with_the_word_direct_is_no_blog() -> None:
    drafts = split(ARTICLE)
    assert drafts[0].title == "Direct flights between Lisbon and Boston resume after two years"
    lines = clean_page(RawPage(text=ARTICLE, fetched_at=FETCHED)).lines
    assert _live_title(_features(lines), len(lines)) is None
    assert drafts[0].time_text is not None and "09:15" in drafts[0].time_text
