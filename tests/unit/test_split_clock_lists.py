"""A "latest" list of bare clocks over bare titles ("Última hora" / "9:05" / title / "8:47" /
title ...): every clock is its card's stamp, also before ten o'clock and without a leading 0,
read as a chain down the list; a video list's lengths stay lengths."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CLOCK_LIST = """\
Noticias Portal
Inicio
España
Mundo
Última hora
{0}
Un terremoto de magnitud 4,1 sacude Granada sin causar daños
{1}
Renfe recupera el servicio en Rodalies tras la avería
{2}
El Ibex abre con subidas del 0,8%
{3}
La Guardia Civil rescata a dos montañeros en Picos de Europa
"""


def test_every_bare_clock_of_a_latest_list_heads_its_card() -> None:
    for clocks in (("9:05", "8:47", "8:12", "7:58"), ("09:05", "08:47", "08:12", "07:58")):
        drafts = split(CLOCK_LIST.format(*clocks))
        assert [draft.time_text for draft in drafts] == list(clocks)
        assert drafts[3].title == "La Guardia Civil rescata a dos montañeros en Picos de Europa"


def test_lengths_over_video_titles_that_run_at_random_stay_lengths() -> None:
    # must stay: a video rail under a heading, lengths over titles, no time order: the first
    # length too (under the heading, no title over it: a length over a title over the next
    # length) is no clock, and a video of a length and a title is no article (README)
    drafts = split(CLOCK_LIST.format("1:36", "2:48", "0:59", "3:12"))
    assert [draft.time_text for draft in drafts] == []


def test_lengths_over_video_titles_that_fall_stay_lengths() -> None:
    # must stay (auditor D's D-6, probes D91/D92): a video rail whose lengths of a few minutes
    # happen to fall ("3:12" / title / "2:04" / title ...) is no clock list
    drafts = split(CLOCK_LIST.format("3:12", "2:04", "1:15", "0:58"))
    assert [draft.time_text for draft in drafts] == []


def test_an_articles_clock_inside_its_text_stays_text() -> None:
    # must stay: a story's own clock line between its paragraphs is text, no card
    text = (
        "Sturm über Norddeutschland: Bahnverkehr eingestellt\n"
        "10.03.2026, 11:20 Uhr\n"
        "Der Sturm hat am Morgen den Bahnverkehr in weiten Teilen Norddeutschlands lahmgelegt, "
        "wie die Bahn mitteilte.\n"
        "9:40\n"
        "Zwischen Hamburg und Bremen fahren keine Züge mehr, die Strecke ist gesperrt.\n"
        "Die Polizei meldet umgestürzte Bäume auf mehreren Straßen im Landkreis.\n"
    )
    drafts = split(text)
    assert len(drafts) == 1
    assert "Zwischen Hamburg und Bremen" in drafts[0].body


def test_a_players_length_under_the_articles_dated_clock_stays_a_length() -> None:
    # must stay: "gisteren, 21:14" / "Luister naar dit artikel" / "4:12": the player's length
    # two lines under the article's stamp is no clock of a list (its clock is no bare line)
    text = (
        "Kabinet trekt 1,2 miljard uit voor snellere aansluiting van nieuwbouwwijken\n"
        "Door Merel de Vries\n"
        "gisteren, 21:14\n"
        "Luister naar dit artikel\n"
        "4:12\n"
        "Cadeau geven\n"
        "Bewaren\n"
        "Het kabinet trekt 1,2 miljard euro uit om de aansluiting van nieuwbouwwijken op het "
        "stroomnet te versnellen, zo maakte het ministerie bekend.\n"
        "Volgens de netbeheerders wachten op dit moment ruim 11.000 woningen op een aansluiting.\n"
    )
    drafts = split(text)
    assert [draft.time_text for draft in drafts] == ["gisteren, 21:14"]
    assert drafts[0].title.startswith("Kabinet trekt")
