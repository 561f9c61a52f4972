"""split: an empty ad slot's label ("Anzeige", "Advertisement": the ad did not render) in
a title-first list (title / source / stamp cards) over a real card that prints a kicker
or a dek: the card is the list's next one, not the ad (audit B's P-4, s18B-B67/B68); an ad
card under the label adds its title and advertiser and stays out."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

TOP_PL = (
    "Wiadomości\nKraj\nNajnowsze\n"
    "Sejm przyjął ustawę o asystencji osobistej\nPAP\n2 godziny temu\n"
    "Prognoza pogody: nadchodzi ocieplenie\nInteria\n3 godziny temu\n"
)
REST_PL = (
    "Kraków: nowa linia tramwajowa otwarta\nGazeta Krakowska\n5 godzin temu\n"
    "Ceny paliw znów w górę\nBusiness Insider\n6 godzin temu\n"
)
TOP_SV = (
    "Nyheter\nInrikes\nSenaste nytt\n"
    "Regeringen vill skärpa straffen för vapenbrott\nTT\n2 timmar sedan\n"
    "Snökaos i Norrland – tåg inställda\nSVT Nyheter\n3 timmar sedan\n"
)
REST_SV = (
    "Stockholm: ny tunnelbanestation öppnar\nMitt i\n5 timmar sedan\n"
    "Elpriset stiger i södra Sverige\nAftonbladet\n6 timmar sedan\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_an_empty_slot_over_a_kicker_card_keeps_the_card() -> None:
    card = (
        "POLITYKA\nPrezydent podpisał nowelizację kodeksu wyborczego\n"
        "Rzeczpospolita\n4 godziny temu\n"
    )
    drafts = split(TOP_PL + "Anzeige\n" + card + REST_PL)
    assert [d.time_text for d in drafts] == [
        "2 godziny temu", "3 godziny temu", "4 godziny temu", "5 godzin temu", "6 godzin temu",
    ]  # fmt: skip
    assert drafts[2].title == "Prezydent podpisał nowelizację kodeksu wyborczego"
    assert drafts[2].source == "Rzeczpospolita"


def test_an_empty_slot_over_a_card_with_a_dek_keeps_the_card() -> None:
    card = (
        "Riksbanken sänker räntan igen\nBeskedet väntades av de flesta ekonomer.\n"
        "Dagens Industri\n4 timmar sedan\n"
    )
    drafts = split(TOP_SV + "Advertisement\n" + card + REST_SV)
    assert len(drafts) == 5
    assert drafts[2].title == "Riksbanken sänker räntan igen"
    assert drafts[2].body == "Beskedet väntades av de flesta ekonomer."
    assert (drafts[2].source, drafts[2].time_text) == ("Dagens Industri", "4 timmar sedan")
    assert drafts[3].time_text == "5 timmar sedan"


def test_an_ad_card_over_the_next_card_stays_out() -> None:
    # must-stay: the ad's title and advertiser over a title / source / stamp card
    ad = "Jetzt Baufinanzierung ab 3,1 Prozent sichern\nSparkasse Rhein-Main\n"
    card = "Riksbanken sänker räntan igen\nDagens Industri\n4 timmar sedan\n"
    drafts = split(TOP_SV + "Anzeige\n" + ad + card + REST_SV)
    assert all("Baufinanzierung" not in d.title + d.body for d in drafts)
    assert drafts[2].title == "Riksbanken sänker räntan igen"
    assert drafts[2].time_text == "4 timmar sedan"


def test_a_second_headline_under_the_slot_is_the_ads() -> None:
    # must-stay: a headline over the next card's headline (a video ad's title) is no kicker
    card = (
        "Firefighters rescue koala from burning gum tree near Gympie\n"
        "New Zealand's prime minister announces snap inquiry into ferry collapse\n"
        "AFP\n3 hours ago\n"
    )
    top = (
        "Latest\nStorm knocks out power to 200,000 in Texas\nReuters\n1 hour ago\n"
        "Fed official signals rate cut is possible in June\nBloomberg\n2 hours ago\n"
    )
    drafts = split(top + "Advertisement\n" + card)
    assert [d.title for d in drafts][-1] == (
        "New Zealand's prime minister announces snap inquiry into ferry collapse"
    )
    assert all("koala" not in d.title for d in drafts)


def test_an_empty_slot_in_a_kicker_list_keeps_the_kicker_card() -> None:
    # audit A's P-A0 (A29): every card prints kicker / title / source / stamp
    drafts = split(
        "News\nTop headlines\n"
        "POLITICS\nSenate approves $95 billion aid package after overnight session\n"
        "The Hill\n1 hour ago\n"
        "BUSINESS\nTesla recalls 2 million vehicles over Autopilot safeguards\nCNBC\n2 hours ago\n"
        "Advertisement\n"
        "WEATHER\nHeat wave sends temperatures soaring across the Southwest\n"
        "The Washington Post\n3 hours ago\n"
        "HEALTH\nMeasles cases climb to highest level in five years\nNBC News\n5 hours ago\n"
    )
    assert [(d.source, d.time_text) for d in drafts] == [
        ("The Hill", "1 hour ago"),
        ("CNBC", "2 hours ago"),
        ("The Washington Post", "3 hours ago"),
        ("NBC News", "5 hours ago"),
    ]
    assert drafts[2].title == "Heat wave sends temperatures soaring across the Southwest"
