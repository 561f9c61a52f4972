"""clean: Tagalog, Malay / Indonesian, Swahili and Korean UI phrases ("read also", share
bars, related and latest headings, a messaging channel's pitch), as data."""

import pytest

from streams.boilerplate import Kind, classify, is_pitch
from streams.clean import clean_page
from streams.model import RawPage


@pytest.mark.parametrize(
    "line",
    [
        "Basahin din: NFA, magbebenta ng P29 na bigas sa 50 pang Kadiwa stores",
        "Soma pia: Serikali yatangaza bajeti mpya ya elimu",
        "Ibahagi",
        "Kopyahin ang link",
        "Kakao",
        "Dela",  # (a share bar's words are looked up one by one)
    ],
)
def test_a_read_also_link_or_a_share_button_in_these_languages_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line", ["Mga Kaugnay na Balita", "Berita Berkaitan", "Habari Zinazohusiana", "Pinakabago"]
)
def test_a_related_or_latest_heading_in_these_languages_opens_teasers(line: str) -> None:
    assert classify(line) in (Kind.RELATED, Kind.LINKS)


def test_a_messaging_channel_pitch_is_a_pitch() -> None:
    assert is_pitch(
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita WhatsApp Channel. Pastikan kamu sudah install aplikasi WhatsApp."
    )
    assert is_pitch("Ikuti berita terkini kami di WhatsApp dan Telegram.")


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence opening with the same verbs, no reader and no pitch
        "Simak video selengkapnya di bawah ini.",
        "Ikuti perkembangan kasus ini, kata polisi.",
        "Basahin din ang buong ulat ng komisyon, ayon sa kalihim ng kagawaran.",
    ],
)
def test_a_sentence_with_those_verbs_stays_text(line: str) -> None:
    assert not is_pitch(line)
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # a how-to article's steps speak to the reader ("Anda") and open with the same verbs
        # (audit B-2): no pitch without a pitch word
        "Simak langkah-langkah lengkapnya jika Anda ingin memastikan hak pilih Anda.",
        "Ikuti petunjuk di layar sampai data pemilih Anda muncul lengkap dengan lokasi TPS.",
        "Dapatkan kartu pemilih Anda di kantor kelurahan paling lambat Jumat.",
    ],
)
def test_a_how_to_step_addressed_to_the_reader_stays_text(line: str) -> None:
    assert not is_pitch(line)
    assert classify(line) is None


def test_a_how_to_article_keeps_every_step() -> None:
    """Audit B-2's probe: a voter-check how-to keeps its nine paragraphs."""
    steps = (
        "Simak langkah-langkah lengkapnya jika Anda ingin memastikan hak pilih Anda.",
        "Buka laman resmi KPU melalui peramban di ponsel atau komputer.",
        "Ikuti petunjuk di layar sampai data pemilih Anda muncul lengkap dengan lokasi TPS.",
    )
    page = (
        "Cara Cek Status Pemilih Pilkada 2026 Secara Online, Cukup Siapkan NIK\n"
        "Rabu, 25 November 2026 | 10:15 WIB\n"
        "JAKARTA - Komisi Pemilihan Umum (KPU) membuka layanan pengecekan status pemilih "
        "secara daring menjelang pemungutan suara pada Desember mendatang.\n"
        "Anda dapat memeriksa apakah nama Anda sudah terdaftar dalam daftar pemilih tetap "
        "melalui situs resmi KPU.\n" + "\n".join(steps) + "\n"
        "Ketua KPU mengatakan, tahun ini lebih dari 200 juta warga tercatat sebagai pemilih.\n"
    )
    lines = clean_page(RawPage(text=page)).lines
    for step in steps:
        assert step in lines
