"""A German box heading "Weitere Meldungen" over title / date cards is a related list's
label like "Weitere Nachrichten" (audit B's PE-10: unknown, its first card was lost and the
later cards took the earlier ones' dates). "Neueste Meldungen" is not one: over a portal's
own list it heads the page's cards (its first card and stamps are kept unknown)."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import Kind, classify, clear_cache
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
HEAD = (
    "Lokales\n"
    "Stadtrat beschließt neue Radwege in der Innenstadt\n"
    "Von Eva Huber\n"
    "10.03.2026, 16:20 Uhr\n"
    "Der Stadtrat hat am Dienstag neue Radwege in der Innenstadt beschlossen. Die Kosten "
    "liegen bei 4,2 Millionen Euro.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("heading", ["Weitere Meldungen"])
def test_a_box_of_title_date_cards_under_the_heading_keeps_every_card(heading: str) -> None:
    clear_cache()
    assert classify(heading) is Kind.RELATED
    drafts = split(
        HEAD + "Die Arbeiten sollen im Sommer beginnen.\n"
        f"{heading}\n"
        "Busfahrpreise bleiben stabil\n09.03.2026\n"
        "Neues Parkhaus öffnet im Frühjahr\n08.03.2026\n"
        "Das Parkhaus an der Mühlstraße hat 400 Stellplätze.\n"
    )
    assert drafts[0].title == "Stadtrat beschließt neue Radwege in der Innenstadt"
    assert [(draft.title, draft.time_text) for draft in drafts[1:]] == [
        ("Busfahrpreise bleiben stabil", "09.03.2026"),
        ("Neues Parkhaus öffnet im Frühjahr", "08.03.2026"),
    ]


def test_a_sentence_opening_on_the_words_stays_the_texts() -> None:
    # must-stay: the words at the start of a story's sentence are no heading
    sentence = "Weitere Meldungen über Schäden an Radwegen lagen der Stadt am Abend nicht vor."
    drafts = split(HEAD + sentence + "\nDie Arbeiten sollen im Sommer beginnen.\n")
    assert sentence in drafts[0].body
    assert "Die Arbeiten sollen im Sommer beginnen." in drafts[0].body


def test_a_portal_list_under_neueste_meldungen_keeps_its_first_card() -> None:
    # must-stay (the shape of s18C-E24): the page's list of title / age cards under it
    drafts = split(
        "Nachrichten\nRegional\nNeueste Meldungen\n"
        "Stadtwerke senken Strompreis zum 1. April\n45 Min.\n"
        "Feuerwehr rettet Pferd aus überflutetem Graben bei Stade\n2 Std.\n"
        "Wetterdienst warnt vor Glätte zum ersten Advent\n5 Std.\n"
    )
    assert [draft.title for draft in drafts][:1] == ["Stadtwerke senken Strompreis zum 1. April"]
