"""split: a short story read as the page's only stamped card (a byline over its stamp) with
a heading offering one more story under it ("Lire aussi", "Lesen Sie auch", "Read next")
stays the lead (audit A's B-4: A53, A56, A57)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BRIEFS = {
    "fr": (
        "Accueil\nRégions\nBretagne\n"
        "Brest : le chantier du tramway prend six mois de retard\n"
        "Par Yann Le Gall\nPublié le 10 mars 2026 à 17h50\n"
        "La deuxième ligne du tramway de Brest ne sera pas mise en service avant juin 2027, "
        "a annoncé mardi la métropole, qui évoque des difficultés sur le viaduc de la Penfeld.\n"
        "Lire aussi\n"
        "Tramway : la métropole lance la concertation sur la troisième ligne\n"
        "Les travaux du viaduc ont été suspendus pendant tout l'hiver à cause des intempéries.\n"
        "Mentions légales\n"
    ),
    "de": (
        "Startseite\nRegion\nRegion\n"
        "Brücke über die Lahn bis Freitag gesperrt\n"
        "Von Katrin Weber\n10.03.2026, 18:30 Uhr\n"
        "Die Lahnbrücke in Gießen ist von Dienstagabend bis Freitagmorgen für den gesamten "
        "Verkehr gesperrt, weil Fahrbahnfugen erneuert werden, teilte die Stadt mit.\n"
        "Lesen Sie auch\n"
        "Baustellen: Hier wird in dieser Woche gebaut\n"
        "Der Verkehr wird über die Ostanlage und den Nordring umgeleitet.\n"
        "Teilen\n© Stadtanzeiger 2026\nImpressum\n"
    ),
    "en": (
        "News\nLocal\nLocal\n"
        "Bridge over River Lea closed until Friday for repairs\n"
        "By Emma Clarke\nMarch 10, 2026\n"
        "The Lea Bridge will be closed to all traffic from Tuesday evening until Friday "
        "morning while expansion joints are replaced, the council said.\n"
        "Read next\n"
        "Roadworks: the week's closures across the borough\n"
        "Drivers will be diverted along Church Road and the High Street.\n"
        "Share\n© 2026 Local Media\n"
    ),
}


@pytest.mark.parametrize("language", sorted(BRIEFS))
def test_a_bylined_brief_over_an_offer_label_stays_the_lead(language: str) -> None:
    text = BRIEFS[language]
    drafts = split(text)
    headline, byline = text.split("\n")[3:5]
    assert drafts[0].role == "lead"
    assert drafts[0].title == headline
    assert drafts[0].time_text is not None
    assert [draft.title for draft in drafts].count(headline) == 1
    assert byline not in drafts[0].body


def test_a_stamped_card_without_a_byline_over_an_offer_label_is_no_lead() -> None:
    # must-stay: a section's one stamped card (no author) over a "Read next" teaser is read
    # as before, a card list without a story
    text = BRIEFS["en"].replace("By Emma Clarke\n", "")
    assert all(draft.role == "related" for draft in split(text))


def test_a_bylined_card_over_a_list_heading_is_no_lead() -> None:
    # must-stay: under a heading announcing a list (not one more story), the card reading
    # stands
    text = BRIEFS["en"].replace("Read next\n", "Most read\n")
    assert all(draft.role == "related" for draft in split(text))
