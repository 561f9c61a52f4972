"""A page's heading under the day's date over its card list: no card, no lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 2, 18, 12, 0, tzinfo=UTC)


def split(text: str, fetched_at: datetime = FETCHED) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=fetched_at)))


CARDS = """\
Ferry dispute: crews vote to extend the strike into March
The union said talks had broken down over rest periods on the overnight crossings.
2 hours ago
Politics
Council approves a four per cent rise in the harbour levy
3 hours ago
Weather
Storm warnings issued for the northern coast as gales strengthen
Forecasters expect gusts of up to 90 mph along exposed headlands on Thursday.
5 hours ago
"""

HOME_PAGE = (
    """\
News
Sport
Business
Wednesday, February 18, 2026
Around the region
World
"""
    + CARDS
)


def test_heading_under_the_days_date_is_no_card() -> None:
    drafts = split(HOME_PAGE)
    assert [draft.title for draft in drafts] == [
        "Ferry dispute: crews vote to extend the strike into March",
        "Council approves a four per cent rise in the harbour levy",
        "Storm warnings issued for the northern coast as gales strengthen",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[0].time_text == "2 hours ago"


ARTICLE = (
    """\
News
Storm hits coast
Wednesday, February 18, 2026
Gales of up to 90 mph tore through the northern coast overnight, bringing down power lines \
and closing the harbour road for most of the morning.
Emergency crews said more than 4,000 homes were still without power by midday, and the \
ferry to the islands was cancelled until further notice.
More news
"""
    + CARDS
)


def test_short_headline_over_the_days_date_keeps_its_text() -> None:
    drafts = split(ARTICLE)
    assert drafts[0].title == "Storm hits coast"
    assert drafts[0].role == "lead"
    assert "4,000 homes were still without power" in drafts[0].body
    assert drafts[0].time_text == "Wednesday, February 18, 2026"


DATED_TEASER = (
    """\
News
Wednesday, February 18, 2026
Harbour master resigns over dredging contract inquiry
World
"""
    + CARDS
)


def test_dated_teaser_of_a_headlines_length_stays_a_card() -> None:
    titles = [draft.title for draft in split(DATED_TEASER)]
    assert titles[0] == "Harbour master resigns over dredging contract inquiry"
    assert len(titles) == 4


NAME_OVER_DATE = (
    """\
Harbour Evening Post
Wednesday, February 18, 2026
News
Sport
"""
    + CARDS
)


def test_name_over_the_days_date_is_left_to_the_masthead_reading() -> None:
    # must stay: a name over the date (no site to match it) keeps its card; only a label
    # under the date is the page's heading
    assert split(NAME_OVER_DATE)[0].title == "Harbour Evening Post"


# must stay (auditor B's B-H1, probes B10/B11): a short top story under the date bar, its
# dek a line of a headline's size without a full stop, or a short sentence
SHORT_TOP_STORY = (
    """\
The Harbour Gazette
News
Sport
Wednesday, February 18, 2026
Storm hits coast
Thousands left without power as gales batter the northern towns
"""
    + CARDS
)

SHORT_TOP_STORY_ES = """\
Diario del Sur
Portada
Nacional
Miércoles, 18 de febrero de 2026
Cae el Gobierno
Prosperó la moción de censura.
Hace 2 horas
Huelga de transporte en Sevilla durante tres días
Los sindicatos de autobuses mantienen los paros previstos para el fin de semana.
Hace 3 horas
El Betis remonta en el último minuto ante el Celta
Un gol de cabeza en el descuento dio los tres puntos al equipo verdiblanco.
Hace 5 horas
"""


def test_short_top_story_under_the_date_bar_keeps_its_card() -> None:
    assert split(SHORT_TOP_STORY)[0].title == "Storm hits coast"
    assert split(SHORT_TOP_STORY_ES)[0].title == "Cae el Gobierno"


# must stay (auditor B's B-H2, probe B21): a pinned editorial dated the day before the page
# was fetched is a card with its own date, no date bar
PINNED_EDITORIAL = (
    """\
Opinion
Editorials
Letters
Tuesday, February 17, 2026
Fund the schools
Editorial Board
"""
    + CARDS
)


def test_dated_card_of_another_day_keeps_its_card() -> None:
    drafts = split(PINNED_EDITORIAL)
    assert drafts[0].title == "Fund the schools"
    assert drafts[0].time_text == "Tuesday, February 17, 2026"
