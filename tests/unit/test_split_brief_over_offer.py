"""A one-paragraph brief whose sentence does not repeat its headline's words, over a heading
that offers one more story ("À lire aussi", "Mehr zum Thema") and stamped cards: such a
heading follows a story, so the headline and its report are the lead (auditor A's L-4:
the headline and text were lost). A list's heading ("Latest", "Top stories") under a
section's description proves nothing, and a notice stays a notice."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 8, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CARDS_FR = """\
Grève à la SNCF : trafic perturbé jeudi
Un TER sur deux circulera sur les lignes régionales.
Il y a 2 heures
Le marché de Noël déménage place du Ralliement
Les chalets seront installés dès le 20 novembre.
Il y a 3 heures
"""

BRIEF_FR = (
    """\
L'Écho de la Loire
Actualité
Économie
Sports
La piscine Jean-Bouin fermera tout l'été pour travaux
Le chantier commencera le 2 juin et coûtera 3,4 millions d'euros à l'agglomération.
À lire aussi
"""
    + CARDS_FR
)

CARDS_DE = """\
Bahnstrecke nach Unwetter wieder frei
Die Züge zwischen Neustadt und Bergheim fahren seit Montagmorgen wieder.
vor 2 Stunden
Kita-Gebühren steigen ab August
Eltern zahlen künftig bis zu 40 Euro mehr im Monat.
vor 3 Stunden
"""

BRIEF_DE = (
    """\
Lokalanzeiger
Startseite
Region
Stadtrat beschließt neues Hallenbad
Das Bad soll bis 2028 am Standort des alten Freibads entstehen und rund 24 Millionen Euro kosten.
Mehr zum Thema
"""
    + CARDS_DE
)


def test_a_brief_over_an_offer_heading_is_the_lead() -> None:
    drafts = split(BRIEF_FR)
    assert [(d.role, d.title) for d in drafts] == [
        ("lead", "La piscine Jean-Bouin fermera tout l'été pour travaux"),
        ("related", "Grève à la SNCF : trafic perturbé jeudi"),
        ("related", "Le marché de Noël déménage place du Ralliement"),
    ]
    assert "Le chantier commencera le 2 juin" in drafts[0].body


def test_a_german_brief_over_mehr_zum_thema_is_the_lead() -> None:
    drafts = split(BRIEF_DE)
    assert drafts[0].role == "lead"
    assert drafts[0].title == "Stadtrat beschließt neues Hallenbad"
    assert "rund 24 Millionen Euro kosten" in drafts[0].body
    assert [d.title for d in drafts[1:]] == [
        "Bahnstrecke nach Unwetter wieder frei",
        "Kita-Gebühren steigen ab August",
    ]


def test_a_section_description_over_a_list_heading_is_no_lead() -> None:
    """Must-stay: a section's description with a count and a day over "Top stories" (a
    list's heading, no offer of one more story) gives no lead."""
    page = (
        """\
Kreisbote
Startseite
Lokales
Nachrichten aus dem Landkreis
Die zehn wichtigsten Meldungen aus allen 18 Gemeinden am Montag im Überblick.
Top stories
"""
        + CARDS_DE
    )
    drafts = split(page)
    assert all(d.role == "related" for d in drafts)
    assert "Nachrichten aus dem Landkreis" not in [d.title for d in drafts]


def test_a_notice_over_an_offer_heading_stays_no_article() -> None:
    """Must-stay: a 404's notice over "Das könnte Sie auch interessieren" speaks to the
    reader: no lead, the cards stay."""
    page = (
        """\
Lokalanzeiger
Startseite
Region
Diese Seite gibt es leider nicht mehr
Die von Ihnen aufgerufene Seite wurde am 3. März 2026 entfernt oder verschoben.
Das könnte Sie auch interessieren
"""
        + CARDS_DE
    )
    drafts = split(page)
    assert [(d.role, d.title) for d in drafts] == [
        ("related", "Bahnstrecke nach Unwetter wieder frei"),
        ("related", "Kita-Gebühren steigen ab August"),
    ]
