"""split: a lone card under a one-story label ("Lees ook" / headline / stamp) dated before
the lead is an older story on its topic boxed inside the story: the paragraphs under its
stamp are the lead's text going on, even when they share a word with the card's headline
more than with the text above (audit B's B-47). The next story printed in full under a
label is the lead's day's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Nieuws\nBinnenland\n"
    "Treinverkeer ligt dinsdag grotendeels stil door staking\n"
    "za 28 nov 2026 09:20\n"
    "Het treinpersoneel legt dinsdag het werk neer uit protest tegen de besparingen. "
    "Op de meeste lijnen rijdt geen enkele trein.\n"
    "Ook het busvervoer in de grote steden zal hinder ondervinden. Reizigers worden gevraagd "
    "thuis te werken.\n"
    "Lees ook\n"
    "Wat verandert er voor reizigers? Zes vragen over de spoorwet\n"
    "wo 25 nov 2026 17:45\n"
    'De minister wil niet terugkomen op de spoorwet. Hij noemt de wet "noodzakelijk".\n'
    "Een overleg met de vakbonden staat volgende week gepland.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_text_under_an_older_boxed_card_stays_the_leads() -> None:
    drafts = split(PAGE)
    assert drafts[0].title.startswith("Treinverkeer ligt")
    assert "De minister wil niet terugkomen" in drafts[0].body
    assert "Een overleg met de vakbonden" in drafts[0].body
    assert all("De minister" not in draft.body for draft in drafts[1:])
