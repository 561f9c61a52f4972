"""clean: a card's title behind a video label that opens on a verb ("VÍDEO: veja o momento
…", "Video: watch the bridge come down …") tells what the video shows: over the card's
stamp it is kept; a short labelled control ("Video: watch now") stays dropped."""

from datetime import UTC, datetime

from streams.clean import _card_title, clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

PAGE = (
    "g1\n"
    "Economia\n"
    "Banco Central mantém juros em 11,25% ao ano pela terceira vez seguida\n"
    "Decisão foi unânime; comunicado cita inflação de serviços ainda alta.\n"
    "Há 1 hora — Em Economia\n"
    "VÍDEO: veja a chegada do navio com 3 mil turistas ao porto de Santos\n"
    "Há 2 horas — Em Santos e Região\n"
    "Veja mais\n"
)


def test_a_labelled_headline_opening_on_a_verb_over_a_stamp_is_kept() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "VÍDEO: veja a chegada do navio com 3 mil turistas ao porto de Santos" in lines


def test_a_short_labelled_control_is_no_card_title() -> None:
    # must-stay
    assert not _card_title("Video: watch now")
    assert not _card_title("Sign in to continue reading this article")
