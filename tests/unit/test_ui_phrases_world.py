"""clean: UI phrases of languages less often covered (consent banners, "read also",
related and most-read headings) are data, several languages at once."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line",
    [
        "Dbamy o Twoją prywatność",
        "Korzystamy z plików cookies i podobnych technologii. Klikając „Akceptuję”, wyrażasz "
        "zgodę na przetwarzanie danych przez nas i naszych 214 partnerów.",
        "Akceptuję",
        "Ustawienia",
        "Vi använder kakor för att förbättra din upplevelse. Läs mer om kakor",
        "Godkänn alla",
        "Endast nödvändiga",
        "Αποδοχή όλων",
        "Ρυθμίσεις cookies",
        "Çerez Politikası: Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için tıklayınız.",
        "Kabul Et",
        "Nastavení souhlasu",
        "Souhlasím",
        "Käytämme evästeitä parantaaksemme käyttökokemustasi.",
        "ΔΙΑΦΗΜΙΣΗ",
        "Διαβάστε επίσης: Πώς θα κινηθεί ο καιρός την επόμενη εβδομάδα",
        "Lue myös: Hallitus esittää uutta veroa",
    ],
)
def test_a_consent_banner_or_a_read_also_link_in_those_languages_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", ["Σχετικά Άρθρα", "Kapcsolódó cikkek", "Povezane vijesti"])
def test_a_related_heading_in_those_languages_opens_teasers(line: str) -> None:
    assert classify(line) is Kind.RELATED


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence about cookies, privacy or settings stays text
        "Korzystamy z prawa do prywatności, mówiła posłanka w Sejmie, broniąc nowej ustawy.",
        "Rząd zmienił ustawienia systemu podatkowego, twierdzą eksperci.",
        "Η διαφήμιση των προϊόντων καπνού απαγορεύεται από το 2027.",
        "Σχετικά με την απόφαση, ο υπουργός δήλωσε ότι θα υπάρξει νέα ρύθμιση.",
        "Kabul edilen yasa, çerez kullanımını sınırlıyor.",
    ],
)
def test_must_stay_a_story_sentence_near_those_words_is_kept(line: str) -> None:
    assert classify(line) is None
