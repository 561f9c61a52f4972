"""clean: a video's label on its title's line inside the text, in brackets ("[WATCH] Title")
or before a dash over its length ("VIDÉO - Title" / "01:42"): the video's, not the story's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

BRACKETED = (
    "Home\nNews\n"
    "Municipality approves new water tariffs\n"
    "Saturday, 28 November 2026, 09:15\n"
    "The city council has approved a 9% increase in water tariffs from July.\n"
    "[WATCH] Residents react to the water tariff increase\n"
    "Opposition councillors said poorer households would struggle to pay.\n"
    "The mayor said the money would fund repairs to leaking pipes.\n"
)

DASHED = (
    "FRANCE INFO\nRégions\n"
    "Crues : trois communes du Jura en alerte\n"
    "Par RégionInfo | Reportage Anne Morel\n"
    "Publié le 28 novembre 2026 à 8h40\n"
    "La Loue est sortie de son lit dans la nuit.\n"
    "La préfecture a déclenché le plan d'alerte.\n"
    "VIDÉO - Les images de la crue du Doubs à Dole\n"
    "02:15\n"
    "Les habitants sont invités à surélever leurs meubles.\n"
    "Partager\n"
)


def test_a_bracketed_watch_label_and_its_title_leave_the_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=BRACKETED, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Residents react" not in body
    assert "9% increase" in body and "leaking pipes" in body


def test_a_dashed_video_label_over_a_length_leaves_the_text() -> None:
    drafts = split_articles(clean_page(RawPage(text=DASHED, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "crue du Doubs" not in body and "02:15" not in body
    assert "plan d'alerte" in body and "surélever leurs meubles" in body
