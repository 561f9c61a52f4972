"""language: py3langid splits Croatian / Bosnian / Serbian and Indonesian / Malay text
between the kin and is sure of none alone, so such a lead took the language of one short
confident English card on its page. Kin are sure together; the page decides which of them
all its texts are. Other languages and a real English card keep theirs."""

import pytest

from streams.language import detect_languages

ENGLISH_CARD = (
    "Oil prices rose on Monday after OPEC said it would extend its output cuts into the "
    "next year, traders said."
)
CROATIAN_LEAD = (
    "Vlada je u četvrtak usvojila prijedlog proračuna za sljedeću godinu. Ministar financija "
    "rekao je da će se plaće u javnom sektoru povećati za pet posto."
)
INDONESIAN_LEAD = (
    "Presiden Prabowo Subianto meresmikan Bendungan Jlantah di Karanganyar, Jawa Tengah, pada "
    "Senin. Bendungan ini diharapkan dapat mengairi 1.500 hektare sawah dan menyediakan air "
    "baku bagi warga sekitar."
)
MALAY_LEAD = (
    "Perdana Menteri Anwar Ibrahim berkata kerajaan akan memperuntukkan RM2 bilion bagi "
    "membaiki sekolah daif di seluruh negara tahun hadapan. Beliau berkata demikian ketika "
    "berucap di Putrajaya hari ini."
)
SLOVENE_LEAD = (
    "Vlada je v četrtek sprejela predlog proračuna za prihodnje leto. Finančni minister je "
    "dejal, da se bodo plače v javnem sektorju zvišale za pet odstotkov."
)


@pytest.mark.parametrize(("lead", "expected"), [(CROATIAN_LEAD, "hr"), (INDONESIAN_LEAD, "id")])
def test_a_kin_lead_keeps_its_language_beside_a_confident_english_card(
    lead: str, expected: str
) -> None:
    assert detect_languages([lead, ENGLISH_CARD]) == [expected, "en"]


def test_a_short_kin_title_takes_the_kin_language_the_page_chose() -> None:
    # hr 0.47, bs 0.31, sr 0.19: no class alone reaches the guess threshold
    title = "Zagreb: Tramvaji ne voze zbog kvara na mreži"
    assert detect_languages([CROATIAN_LEAD, title, ENGLISH_CARD]) == ["hr", "hr", "en"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # must stay: a Malay page is Malay, its Indonesian-leaning card too (ms 0.43, id 0.56)
        (
            [
                MALAY_LEAD,
                "Harga ayam di pasar borong Selayang meningkat menjelang sambutan "
                "Tahun Baharu Cina, menurut peniaga.",
            ],
            ["ms", "ms"],
        ),
        # auditor C-4: a Serbian card in Cyrillic on a Croatian page stays Serbian
        (
            [CROATIAN_LEAD, "Влада Србије усвојила буџет за 2027. годину, већи издаци за одбрану"],
            ["hr", "sr"],
        ),
        # and Latin-script kin cards on a Serbian page in Cyrillic take its sr, as before
        (
            [
                "Влада Србије је у четвртак усвојила предлог буџета за наредну годину. Министар "
                "финансија је рекао да ће плате у јавном сектору бити повећане за пет одсто.",
                "Partizan pobedio Zvezdu u večitom derbiju",
            ],
            ["sr", "sr"],
        ),
        # a Slovene lead is no kin of Croatian
        ([SLOVENE_LEAD, ENGLISH_CARD], ["sl", "en"]),
        # an English page with a card about Indonesia stays English
        ([ENGLISH_CARD, "Tsingshan's Indonesian unit eyes Jakarta listing"], ["en", "en"]),
    ],
)
def test_must_stay(texts: list[str], expected: list[str]) -> None:
    assert detect_languages(texts) == expected
