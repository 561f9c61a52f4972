"""A page's heading over a list of clock-stamped cards ("fil info") is no live blog."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 11, 20, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FIL_INFO = """\
Actualités
Politique
Sports
Le fil info
Toute l'actualité en continu
Samedi 28 novembre 2026
11h05
Grève dans l'éducation : un enseignant sur trois mobilisé mardi, selon les syndicats
L'intersyndicale appelle à une nouvelle journée d'action contre la suppression de postes.
10h48
Tempête Aurore : 60 000 foyers toujours privés d'électricité en Bretagne
Enedis a mobilisé 1 200 techniciens et espère un retour à la normale d'ici lundi soir.
10h12
Municipales à Marseille : la gauche s'accorde sur une liste commune
Les socialistes et les écologistes présenteront une tête de liste unique en décembre.
09h42
Prix du gazole : légère baisse à la pompe cette semaine
Le litre de gazole s'affiche à 1,68 euro en moyenne, deux centimes de moins qu'avant.
Voir plus d'articles
"""


def test_heading_over_clock_cards_is_no_blog() -> None:
    drafts = split(FIL_INFO)
    assert [draft.title for draft in drafts] == [
        "Grève dans l'éducation : un enseignant sur trois mobilisé mardi, selon les syndicats",
        "Tempête Aurore : 60 000 foyers toujours privés d'électricité en Bretagne",
        "Municipales à Marseille : la gauche s'accorde sur une liste commune",
        "Prix du gazole : légère baisse à la pompe cette semaine",
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[0].time_text is not None and "11h05" in drafts[0].time_text


# must-stay: a short blog headline right over clock entries that print their text
BLOG = """\
News
Storm Aurore live
Saturday 28 November 2026
11:05
Gusts of 140 km/h were recorded on the Breton coast overnight, and trees are down on the N12.
10:48
Enedis says 60,000 homes are still without power and hopes to restore most by Monday.
10:31
Schools in three departments will stay closed on Monday, the prefecture said.
"""


def test_short_blog_headline_over_entries_with_text_stays_a_blog() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Storm Aurore live"
    assert "Schools in three departments" in drafts[0].body


# must-stay: an unlabelled blog whose headline is a headline's length, entries with headlines
TICKER = """\
Nachrichten
Sturmtief legt den Bahnverkehr im Norden lahm
28.11.2026
11:05 Uhr
Bahn stellt Fernverkehr ein
Zwischen Hamburg und Berlin fahren bis auf Weiteres keine Fernzüge, teilte die Bahn mit.
10:48 Uhr
Bäume auf der Autobahn
Auf der A1 bei Bremen sind mehrere Bäume auf die Fahrbahn gestürzt, die Polizei sperrt.
10:31 Uhr
Schulen bleiben geschlossen
In drei Landkreisen fällt der Unterricht am Montag aus, teilte das Ministerium mit.
"""


def test_unlabelled_ticker_with_entry_headlines_stays_a_blog() -> None:
    drafts = split(TICKER)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Sturmtief legt den Bahnverkehr im Norden lahm"
    assert "Bahn stellt Fernverkehr ein" in drafts[0].body


def test_short_ticker_headline_over_short_entry_headlines_stays_a_blog() -> None:
    drafts = split(
        TICKER.replace("Sturmtief legt den Bahnverkehr im Norden lahm", "Sturmtief: Die Lage")
    )
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Sturmtief: Die Lage"
    assert "Bahn stellt Fernverkehr ein" in drafts[0].body


# must-stay (audit B-H6, probe D66): an unlabelled topic blog under a short topic's name,
# its entries with headlines, no standfirst
TOPIC_BLOG = """\
Actualité
Guerre en Ukraine
10 mars 2026
11h05
Zelensky arrive à Berlin pour rencontrer Olaf Scholz
Le président ukrainien est arrivé par surprise dans la matinée. Une rencontre est prévue à midi.
10h40
Des drones russes frappent Kharkiv pendant la nuit
Trois personnes ont été blessées selon les autorités locales. Plusieurs immeubles sont touchés.
10h12
Les ministres européens discutent de nouvelles sanctions
Un accord est espéré d'ici la fin de la semaine, selon un diplomate à Bruxelles.
"""


def test_topic_blog_under_a_short_topic_name_stays_a_blog() -> None:
    drafts = split(TOPIC_BLOG)
    assert len(drafts) == 1
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Guerre en Ukraine"
    assert "Zelensky arrive à Berlin" in drafts[0].body
