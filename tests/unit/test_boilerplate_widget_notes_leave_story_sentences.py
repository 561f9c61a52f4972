"""boilerplate: the notes this round added as [contains] pairs are read in their own wording (a
paywall's "Vous pouvez lire … sur un seul appareil à la fois", a player's "… générer un texte
parlé", a newsletter's "… articles à ne pas manquer", "join our WhatsApp community here", "This
article was produced by the Local Democracy Reporting Service, which is funded by …"), and the
group and funding notes of one short sentence as [contains-short] pairs: a story's sentence with
the same words stays."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "Vous pouvez lire Le Monde sur un seul appareil à la fois",
    "La synthèse vocale, basée sur l’intelligence artificielle, permet de générer un texte "
    "parlé à partir d’un texte écrit.",
    "Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer",
    "Don't miss the latest Wearside news - join our WhatsApp community here",
    "This article was produced by the Local Democracy Reporting Service, which is funded by the "
    "BBC and used by a number of news organisations.",
    "Food & Wine is part of the People Inc. publishing family.",
    "University of Leeds provides funding as a member of The Conversation UK.",
]

STORY = [
    "Netflix limite désormais son offre d'entrée de gamme à la lecture sur un seul appareil à la "
    "fois, une mesure déjà appliquée en Espagne et au Portugal depuis le printemps.",
    "Grâce à la synthèse vocale, l'application transforme n'importe quel document écrit en texte "
    "parlé, une aide précieuse pour les personnes malvoyantes.",
    "Concerts, expositions, marchés de Noël : retrouvez notre sélection des rendez-vous à ne pas "
    "manquer ce week-end à Lyon et dans la métropole.",
    "The parish council posted on social media: “Residents without internet at home should join "
    "our WhatsApp community, where we will post sandbag collection times and road closures.”",
    "The Local Democracy Reporting Service, which is funded by the BBC licence fee, places "
    "journalists in regional newsrooms to cover councils that many papers no longer send staff to.",
    "Table & Vine, which is part of the Halden publishing family along with three travel and "
    "gardening titles, will cut about 20 of its 65 jobs, according to an internal memo.",
    "Norway provides funding as a member of the donor coalition, alongside Germany and Britain, "
    "and pledged a further $500 million over five years.",
]


@pytest.mark.parametrize("line", NOTES)
def test_the_note_in_its_own_wording_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_with_the_same_words_stays(line: str) -> None:
    assert classify(line) is None
