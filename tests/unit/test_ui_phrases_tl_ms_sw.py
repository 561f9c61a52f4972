"""clean: Tagalog, Malay / Indonesian, Swahili and Korean UI phrases ("read also", share
bars, related and latest headings, a messaging channel's pitch), as data."""

import pytest

from streams.boilerplate import Kind, classify, is_pitch


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
