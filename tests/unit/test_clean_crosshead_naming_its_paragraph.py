"""clean + split: under a bare "Leggi anche" / "Read also" list inside the text, a line whose
first two words come back in the paragraph under it, with a second paragraph after that, is
the text's crosshead ("Quota 103 resta…" / "… proroga Quota 103 …"): it stays the lead's,
while the links over it go."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGES = {
    "it": (
        "Home\nEconomia\nEconomia\n"
        "Tasse sulla casa, dal 2027 cambia il calcolo dell’Imu per i Comuni\n"
        "Il decreto rivede le aliquote. Bonus caldaie confermato per un anno\n"
        "di Carla Neri\n"
        "28 novembre 2026\n"
        "Dal primo gennaio 2027 i Comuni potranno alzare l’aliquota dell’Imu sulle seconde case "
        "fino all’1,2 per cento, secondo il decreto approvato ieri dal governo.\n"
        "Le associazioni dei proprietari hanno chiesto un incontro al ministero per discutere "
        "le nuove regole prima della loro entrata in vigore.\n"
        "Leggi anche\n"
        "Affitti brevi, la cedolare secca sale al 26 per cento\n"
        "Mutui, le banche tagliano i tassi per i giovani\n"
        "Bonus caldaie confermato, ma solo per un anno\n"
        "La legge di Bilancio proroga il Bonus caldaie fino al 31 dicembre 2027, con un tetto di "
        "spesa più basso per le famiglie.\n"
        "Nel 2026 ne hanno approfittato circa 80 mila famiglie, meno della metà delle stime.\n"
        "© RIPRODUZIONE RISERVATA\nNewsletter\nIscriviti\n"
    ),
    "en": (
        "Home\nBusiness\nBusiness\n"
        "Council tax on second homes to double from April in three counties\n"
        "The new rules give councils more room. Heat pump grant extended for a year\n"
        "By Carla Neal\n"
        "November 28, 2026\n"
        "From April councils in three counties will be able to double the tax on second homes, "
        "under rules published by the housing department on Friday.\n"
        "Landlord groups have asked for a meeting with ministers to discuss the changes before "
        "they come into force next spring.\n"
        "Read also\n"
        "Short lets face a new licence scheme across the region\n"
        "Banks cut mortgage rates for first-time buyers this winter\n"
        "Heat pump grant stays, but only for one more year\n"
        "The budget extends the Heat pump grant until the end of 2027, with a lower cap on what "
        "each household can claim.\n"
        "About 80,000 households used the scheme in 2026, fewer than half of the forecast.\n"
        "Newsletter\nSign up\n"
    ),
}

CROSSHEAD = {
    "it": "Bonus caldaie confermato, ma solo per un anno",
    "en": "Heat pump grant stays, but only for one more year",
}
LINKS = {"it": ("Affitti brevi", "Mutui, le banche"), "en": ("Short lets", "Banks cut")}


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_crosshead_named_by_its_paragraph_under_a_link_list_stays(language: str) -> None:
    drafts = split(PAGES[language])
    assert len(drafts) == 1
    body = drafts[0].body
    assert CROSSHEAD[language] in body
    assert "fewer than half" in body or "meno della metà" in body
    assert not any(link in body for link in LINKS[language])
