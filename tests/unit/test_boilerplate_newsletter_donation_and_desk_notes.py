"""boilerplate: a newsletter box's description and consent line, a donation box's opening, a
prompt to join the site's messaging community, a share menu's label glued to the headline, a
finance portal's quotes note, a wire desk's note on its translated copy and a paywall's
one-device notice are no part of the story; story sentences on the same things stay."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "Our essential tech briefing, every weekday morning.",
    "Our weekly newsletter on AI and the people building it. Free, every Thursday.",
    "Opinion Today: Get expert analysis of the news and a guide to the big ideas shaping the "
    "world every weekday morning.",
    "By signing up, you agree to receive updates and special offers. You may opt out anytime.",
    "Your support makes stories like this possible.",
    "Don't miss the latest Wearside news - join our WhatsApp community here",
    "Share All sharing options for: Royals beat Twins in home opener",
    "Dati di mercato ritardati di almeno 15 minuti.",
    "This news story was written and checked by an external editorial team.",
    "Vous pouvez lire Le Monde sur un seul appareil à la fois",
]

STORY = [
    "The weekly newsletter of the parish council is printed every Friday, the vicar said.",
    "Volunteers said the support of neighbours made the rebuilding of the hall possible.",
    "The group said it would join the community centre's WhatsApp chat to plan the clean-up.",
    "Les données du marché ont été publiées avec retard, a indiqué la Bourse.",
    "Il a assuré qu'il ne pouvait travailler que sur un seul dossier, a-t-il dit.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_box_or_desk_note_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_on_the_same_things_stays(line: str) -> None:
    assert classify(line) is None
