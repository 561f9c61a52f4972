"""A native ad in a title / source / stamp list, under an ad slot's label clean drops as
clutter ("Reklama", "Annons"; no [ad] label, for an empty slot over a real card is as
common): its title / advertiser / pitch is no stampless title / publisher / summary card
(auditor B's B-3: B61, B58, B63). Must stay: the same card without the label is a card
(portal27's shape), and an empty slot over a real card keeps the card (s17D-D17)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

LIST = """\
Latest
Thousands rally in Tbilisi against foreign agents law
Reuters
1 hour ago
Chile's president names new finance minister
Associated Press
2 hours ago
{label}This one kitchen gadget is selling out across the country
HomeChef Deals
Home cooks say it cuts their prep time in half, and it is now 40% off for a limited time.
South Africa's ANC opens talks on coalition government
News24
4 hours ago
Canada wildfire smoke drifts over New York
CBC News
5 hours ago
More headlines
"""

AD_TITLE = "This one kitchen gadget is selling out across the country"


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_native_ad_under_a_clutter_slot_label_is_no_card() -> None:
    for label in ("Reklama", "Annons", "Mainos", "Iklan"):
        drafts = split(LIST.format(label=f"{label}\n"))
        assert AD_TITLE not in [draft.title for draft in drafts], label
        assert ("News24", "4 hours ago") in [(d.source, d.time_text) for d in drafts], label


def test_must_stay_the_same_card_without_a_label_is_a_card() -> None:
    drafts = split(LIST.format(label=""))
    assert AD_TITLE in [draft.title for draft in drafts]


def test_must_stay_an_empty_slot_over_a_real_card_keeps_the_card() -> None:
    text = (
        "Najnowsze\n"
        "Sejm przyjął ustawę o asystencji osobistej\nPAP\n2 godziny temu\n"
        "Prognoza pogody: nadchodzi ocieplenie\nInteria\n3 godziny temu\n"
        "Reklama\nPOLITYKA\n"
        "Prezydent podpisał nowelizację kodeksu wyborczego\nRzeczpospolita\n4 godziny temu\n"
        "Kraków: nowa linia tramwajowa otwarta\nGazeta Krakowska\n5 godzin temu\n"
    )
    found = [(d.source, d.title, d.time_text) for d in split(text)]
    assert (
        "Rzeczpospolita",
        "Prezydent podpisał nowelizację kodeksu wyborczego",
        "4 godziny temu",
    ) in found


def test_must_stay_a_sentence_broken_by_the_label_is_joined() -> None:
    # (clean records the line under the label without ending the line being built)
    text = (
        "The minister told reporters on Monday that the government would\n"
        "Reklama\n"
        "present the plan to parliament next week, after months of talks.\n"
    )
    assert clean_page(RawPage(text=text)).lines == (
        "The minister told reporters on Monday that the government would present the plan to"
        " parliament next week, after months of talks.",
    )
