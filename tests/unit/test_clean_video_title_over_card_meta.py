"""A card's title printed with a video label ("VÍDEO: …") right over the card's meta line
("Há 2 horas — Em Esportes": a stamp, then its section after a dash) is the card's title,
kept as printed, and its stamp with it: no player's label and title, dropped."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Notícias da região
Esportes
Time da casa vence clássico e assume a liderança do estadual
A vitória por 2 a 1 veio com gol nos acréscimos, diante de 30 mil torcedores.
Há 1 hora — Em Esportes
VÍDEO: torcedores fazem festa na saída do estádio depois da vitória
Há 2 horas — Em Esportes
Cultura
Festival de inverno divulga programação com 40 shows gratuitos
Há 3 horas — Em Cultura
Termos de uso
"""


def test_a_video_title_over_a_card_meta_line_is_kept() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "VÍDEO: torcedores fazem festa na saída do estádio depois da vitória" in lines
    assert "Há 2 horas — Em Esportes" in lines
