"""A list of title / source / stamp cards with one card printing no stamp, its summary
under its source (title / "Zeit Online" / summary): read card by card, that card is a
card with its publisher, not lost nor glued to the card above (auditor B's pre-existing
B01, B10); a site's domain alone ("Bola.com") is a publisher's line there. Must stay: a
person's name under a title with text under it is no publisher. (A name no list knows
as a person's, "Budi Santoso", reads as a publisher there, as it did over a stamp.)"""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


PORTAL = """\
Beranda
Berita Terkini
Harga beras naik jelang Ramadan, pemerintah siapkan operasi pasar
Kompas.com
2 jam lalu
Banjir rendam ribuan rumah di Bekasi, warga mengungsi
Detik News
3 jam lalu
Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia
{name}
Pelatih Shin Tae-yong memuji mental pemain setelah menang tipis atas Vietnam di Hanoi.
KPK tetapkan mantan bupati sebagai tersangka korupsi dana desa
Tempo.co
5 jam lalu
Gempa magnitudo 5,2 guncang Sulawesi Tengah, tidak berpotensi tsunami
CNN Indonesia
6 jam lalu
Lihat semua
"""


def test_a_stampless_card_with_its_summary_under_its_source_is_a_card() -> None:
    found = cards(PORTAL.format(name="Bola.com"))
    assert len(found) == 5
    assert (
        "Bola.com",
        "Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia",
        None,
    ) in (found)
    assert (
        "Tempo.co",
        "KPK tetapkan mantan bupati sebagai tersangka korupsi dana desa",
        "5 jam lalu",
    ) in (found)


def test_a_named_publisher_under_a_stampless_title_heads_its_card() -> None:
    found = cards(PORTAL.format(name="Jakarta Globe"))
    assert (
        "Jakarta Globe",
        "Timnas Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia",
        None,
    ) in found


def test_a_persons_name_under_a_stampless_title_is_no_source() -> None:
    # (must stay: a byline is no source line, and the stamped cards keep their own)
    found = cards(PORTAL.format(name="Sarah Johnson"))
    assert all(source != "Sarah Johnson" for source, _, _ in found)
    assert [source for source, _, stamp in found if stamp is not None] == [
        "Kompas.com",
        "Detik News",
        "Tempo.co",
        "CNN Indonesia",
    ]
