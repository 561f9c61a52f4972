"""clean/split: an ad slot's bare label in other scripts ("Quảng cáo", "広告", "광고",
"Реклама", "إعلان" …) labels the ad card under it, as "Sponsored" does: a native ad (title /
advertiser / pitch) in a card list is no related article (audit B's B-3); an empty slot over
a real card keeps the card, and a label between an article's paragraphs leaves its text."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
LABELS = ["Quảng cáo", "広告", "광고", "Реклама", "إعلان", "廣告"]

TOP = (
    "Latest\n"
    "Thousands rally in Tbilisi against foreign agents law\nReuters\n1 hour ago\n"
    "Chile's president names new finance minister\nAssociated Press\n2 hours ago\n"
)
REST = (
    "South Africa's ANC opens talks on coalition government\nNews24\n4 hours ago\n"
    "Canada wildfire smoke drifts over New York\nCBC News\n5 hours ago\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("label", LABELS)
def test_a_native_ad_under_the_label_is_no_article(label: str) -> None:
    ad = (
        "This one kitchen gadget is selling out across the country\nHomeChef Deals\n"
        "Home cooks say it cuts their prep time in half, and it is now 40% off for a limited "
        "time.\n"
    )
    drafts = split(TOP + f"{label}\n" + ad + REST)
    assert [d.source for d in drafts] == ["Reuters", "Associated Press", "News24", "CBC News"]
    assert all("kitchen gadget" not in d.title + d.body for d in drafts)


@pytest.mark.parametrize("label", LABELS)
def test_an_empty_slot_over_a_kicker_card_keeps_the_card(label: str) -> None:
    # must-stay: the slot's ad did not render; the card under it is the list's next one
    card = "WORLD\nUN agency warns of famine risk in Sudan\nAl Jazeera\n3 hours ago\n"
    drafts = split(TOP + f"{label}\n" + card + REST)
    assert [d.time_text for d in drafts] == [
        "1 hour ago", "2 hours ago", "3 hours ago", "4 hours ago", "5 hours ago",
    ]  # fmt: skip
    assert drafts[2].title == "UN agency warns of famine risk in Sudan"


@pytest.mark.parametrize("label", ["Quảng cáo", "Реклама"])
def test_a_label_between_an_articles_paragraphs_leaves_its_text(label: str) -> None:
    # must-stay: an ad slot inside the text; the paragraphs under it stay the lead's
    drafts = split(
        "Gazeta Pomorska\nWiadomości\n"
        "Gdańsk: most zwodzony na Motławie znów zamknięty\n"
        "Awaria mechanizmu podnoszenia sparaliżowała ruch pieszych na Ołowiankę.\n"
        "Anna Kowalska\n10 marca 2026, 08:40\n"
        "Most zwodzony łączący Długie Pobrzeże z wyspą Ołowianka został zamknięty w "
        "poniedziałek rano po awarii siłownika hydraulicznego.\n"
        f"{label}\n"
        "Jak poinformował zarząd dróg, naprawa potrwa co najmniej dwa tygodnie, a mieszkańcy "
        "muszą korzystać z objazdu przez most Stągiewny.\n"
        "To już trzecia awaria mostu od jego otwarcia w 2023 roku.\n"
        f"{label}\n"
        "Miasto zapowiada kontrolę wykonawcy.\n"
    )
    lead = drafts[0]
    assert lead.role == "lead"
    assert "naprawa potrwa" in lead.body and "kontrolę wykonawcy" in lead.body
    assert label not in lead.body
