"""A video rail's card read from its module, not from a stamp: clean takes a video card's
label and length ("Video" / "4:03") and records the title under them (``CleanPage.clips``);
that title over a publisher's line alone, right over the next video card of its rail, is a
card with no stamp. Not a title over the next card's kicker, over a section's name, nor a
player's title inside an article's text (auditor D's D-3: M09, M16), nor a strip of them
over a story (D-4: M10)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


VIDEO_RAIL = """\
Watch
Video
2:15
Harbour towns count the cost of another winter of cancelled ferries
Coast News
2h ago
Video
4:03
Why the country stopped building its own ships decades ago
Channel 9 News
Video
1:27
Storm closes mountain roads as gusts reach ninety miles an hour
The Herald
5h ago
"""


def test_clean_records_the_titles_under_the_lengths_it_took() -> None:
    page = clean_page(RawPage(text=VIDEO_RAIL, fetched_at=FETCHED))
    assert "4:03" not in page.lines
    assert [page.lines[index] for index in page.clips] == [
        "Harbour towns count the cost of another winter of cancelled ferries",
        "Why the country stopped building its own ships decades ago",
        "Storm closes mountain roads as gusts reach ninety miles an hour",
    ]


def test_a_stampless_video_card_over_its_publisher_is_a_card() -> None:
    assert cards(VIDEO_RAIL) == [
        (
            "Coast News",
            "Harbour towns count the cost of another winter of cancelled ferries",
            "2h ago",
        ),
        ("Channel 9 News", "Why the country stopped building its own ships decades ago", None),
        (
            "The Herald",
            "Storm closes mountain roads as gusts reach ninety miles an hour",
            "5h ago",
        ),
    ]


KICKER_UNDER_VIDEO = """\
Mehr zum Thema
UNTERNEHMEN
Stahlkonzern senkt Prognose für das laufende Jahr erneut deutlich
Der Konzern rechnet nur noch mit einem Verlust vor Steuern im dreistelligen Millionenbereich.
vor 5 Std.
ENERGIE
Bund verlängert Entlastung beim Industriestrompreis bis 2029
Energieintensive Betriebe sollen weiter einen Zuschuss zu den Netzentgelten erhalten.
vor 23 Std.
VIDEO
03:10
Wasserstoff-Stahl: Warum die grüne Wende in den Werken stockt
KONJUNKTUR
Ifo-Index: Stimmung in der Industrie trübt sich weiter ein
27.11.2026
"""


def test_a_video_title_over_the_next_cards_kicker_makes_no_card() -> None:
    titles = [title for _, title, _ in cards(KICKER_UNDER_VIDEO)]
    assert "Wasserstoff-Stahl: Warum die grüne Wende in den Werken stockt" not in titles
    assert "Ifo-Index: Stimmung in der Industrie trübt sich weiter ein" in titles


SECTION_UNDER_VIDEO = """\
Vidéos
Vidéo
02:48
À Nice, le tramway de la ligne 4 enfin sur les rails après deux ans
Nice-Matin · il y a 5 h
Vidéo
00:54
Un bébé phoque secouru sur une plage du Pas-de-Calais ce matin
Régions
Ouest-France
Nantes : le chantier du nouveau CHU prend six mois de retard
Le futur hôpital de l'île de Nantes n'ouvrira pas avant le printemps 2028, a annoncé la direction.
hier
Corse-Matin
Ajaccio : les ferries de la Méridionale à quai pour la deuxième journée
il y a 6 h
"""


def test_a_video_title_over_a_section_name_makes_no_card() -> None:
    found = cards(SECTION_UNDER_VIDEO)
    assert [title for _, title, _ in found] == [
        "À Nice, le tramway de la ligne 4 enfin sur les rails après deux ans",
        "Nantes : le chantier du nouveau CHU prend six mois de retard",
        "Ajaccio : les ferries de la Méridionale à quai pour la deuxième journée",
    ]
    assert found[1][0] == "Ouest-France"


PLAYER_IN_TEXT = """\
Port authority approves a new deep-water berth for the harbour
By Ana Ruiz
27 November 2026, 09:40
The port authority approved on Thursday a new deep-water berth that will let the largest \
container ships call at the harbour for the first time.
Video
01:52
What the new berth means for the harbour's workers
Harbour Pilots
Work is due to start in the spring and to last three years, the authority said, at a cost \
of about 240 million euros shared with the state.
Unions welcomed the decision but asked for guarantees on jobs during the works, which will \
close two of the older quays.
"""


def test_a_player_inside_a_text_makes_no_card_and_keeps_the_text() -> None:
    drafts = split(PLAYER_IN_TEXT)
    assert [draft.title for draft in drafts] == [
        "Port authority approves a new deep-water berth for the harbour"
    ]
    assert "Unions welcomed the decision" in drafts[0].body
    assert "Work is due to start in the spring" in drafts[0].body


TWO_PLAYERS_IN_TEXT = """\
EU parliament approves migration pact after tense vote
March 10, 2026
By Clara Dubois
The European Parliament approved the bloc's overhaul of migration rules on Tuesday by a \
narrow margin, ending nearly a decade of negotiations.
The pact sets up faster border procedures and a system for sharing the care of asylum \
seekers among member states.
Reaction in Brussels
Video
1:20
EU lawmakers react to the vote
Reuters
Video
0:45
Protesters gather outside parliament
AP
What changes next
Member states have two years to apply the new rules. Border centres in Italy and Greece \
will be the first to open.
Human rights groups said the pact would lead to more detention of families with children.
Related
Migration pact: what is in the deal
2 hours ago
"""


def test_two_players_inside_a_text_make_no_card_and_keep_the_text() -> None:
    drafts = split(TWO_PLAYERS_IN_TEXT)
    assert "EU lawmakers react to the vote" not in [draft.title for draft in drafts]
    assert drafts[0].title == "EU parliament approves migration pact after tense vote"
    assert "Human rights groups said the pact" in drafts[0].body


STRIP_OVER_STORY = """\
Les vidéos du jour
Vidéo
02:15
Tempête Ciarán : les images des dégâts à Brest
Le Télégramme

Vidéo
01:48
Municipales : le débat à Nantes
Presse Océan

Grève à la SNCF : le trafic perturbé jeudi
Publié le 10/03/2026 à 09h00
La SNCF prévoit deux TGV sur trois en moyenne jeudi sur les axes Atlantique et Sud-Est, \
en raison d'un préavis de grève déposé par deux syndicats.
Le trafic des Intercités sera également perturbé, précise la compagnie.
"""


def test_a_stampless_video_strip_over_a_story_leaves_the_story_the_lead() -> None:
    drafts = split(STRIP_OVER_STORY)
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Grève à la SNCF : le trafic perturbé jeudi")
    ]
