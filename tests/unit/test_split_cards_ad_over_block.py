"""A list of title / [summary] / "Source · vor 3 Std." cards whose block opens on an ad's
card (its label, title and advertiser, no blank under them): the ad tells nothing of the
cards' order, so each stamp still closes the card above it, also a card with no summary
over a title (the stamp read as the next title's shifted the cards under it by one).
Must stay: the same list with no ad reads the same."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import _titles_first
from streams.split_page import _features

FETCHED = datetime(2026, 11, 28, 14, 10, tzinfo=UTC)
URL = "https://portal.example.de/nachrichten/politik/"

HEAD = """\
Portal
Nachrichten
Sport
Nachrichten
Politik
Wirtschaft
Politik
Aktuelle Meldungen aus dem In- und Ausland
Länder einigen sich auf Reform der Grundsteuer
Nach monatelangen Verhandlungen haben Bund und Länder einen Kompromiss gefunden.
dpa · vor 2 Std.
EU will Strafzölle auf Solarmodule aus Asien prüfen
Brüssel reagiert auf Beschwerden europäischer Hersteller. Die Prüfung soll sechs Monate dauern.
Reuters · vor 3 Std.
"""

AD = """\
Anzeige
Tagesgeld: 3 % Zinsen – jetzt Angebote vergleichen
Zinsportal24
"""

CARDS = """\
Warum immer mehr Pendler auf das Fahrrad umsteigen
Eine Studie der Universität Kassel nennt mehrere Gründe – nicht alle haben mit dem Wetter zu tun.
Deutsche Welle · vor 5 Std.
Kanzler empfängt Polens Präsidenten im Kanzleramt
AFP · vor 6 Std.
Marine stellt neue Fregatte früher als geplant in Dienst
Das Ministerium bestätigt, dass die Übergabe bereits im Frühjahr erfolgen soll.
vor 7 Std.
Video
2:14
Lkw-Fahrer blockieren Autobahnauffahrten bei Kassel
PORTAL.DE Video · vor 8 Std.
Kommentar
Die Rente braucht keinen neuen Gipfel
Ein Gastbeitrag von Hannelore Brandt
Meinung: Die Debatte über die Finanzierung der Rente wird seit Jahren mit denselben Zahlen geführt.
Der Spiegel · gestern
Mehr laden
"""

NO_SUMMARY = "Kanzler empfängt Polens Präsidenten im Kanzleramt"
UNDER_IT = "Marine stellt neue Fregatte früher als geplant in Dienst"


def split(text: str) -> dict[str, ArticleDraft]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED, url=URL)))
    return {draft.title: draft for draft in drafts}


def test_an_ads_card_over_the_block_keeps_each_stamp_with_the_card_above() -> None:
    drafts = split(HEAD + AD + CARDS)
    assert drafts[NO_SUMMARY].source == "AFP"
    assert drafts[UNDER_IT].source is None
    assert drafts[UNDER_IT].time_text == "vor 7 Std."
    assert "Übergabe bereits im Frühjahr" in drafts[UNDER_IT].body


def test_must_stay_the_same_list_with_no_ad_reads_the_same() -> None:
    drafts = split(HEAD + CARDS)
    assert drafts[NO_SUMMARY].source == "AFP"
    assert drafts[UNDER_IT].source is None


AD_OVER_BLOCK = (
    "Reuters · vor 3 Std.",
    "",
    "Tagesgeld: 3 % Zinsen – jetzt Angebote vergleichen",
    "Zinsportal24",
    "Warum immer mehr Pendler auf das Fahrrad umsteigen",
    "Eine Studie der Universität Kassel nennt mehrere Gründe für den Wandel.",
    "Deutsche Welle · vor 5 Std.",
    "Kanzler empfängt Polens Präsidenten im Kanzleramt",
    "AFP · vor 6 Std.",
)


def test_a_block_under_an_ads_card_opens_on_its_first_cards_title() -> None:
    closing = _titles_first(_features(AD_OVER_BLOCK), 0, {2, 3})
    assert all(closing[4:])


def test_must_stay_a_block_under_an_ads_card_opening_on_a_stamp_is_not_title_first() -> None:
    lines = (*AD_OVER_BLOCK[:4], "AFP · vor 6 Std.", AD_OVER_BLOCK[7], "Reuters · vor 9 Std.")
    closing = _titles_first(_features(lines), 0, {2, 3})
    assert not any(closing[4:])
