"""A player set into an article's text under a plural label ("VÍDEOS: mais assistidos do
p1" / "1:42" / the clip's title) shows one clip: the label, its length and its title go
(README: embedded video players inside a body are neither articles nor body text). Under
the same label, a rail of several clips keeps its cards."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

TEXT = (
    "O Procon-SP notificou a empresa e deu prazo de 48 horas para que apresente um plano de "
    "atendimento aos consumidores afetados pelo apagão.\n"
)


def _lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_plural_label_over_one_clip_in_the_text_goes_with_it() -> None:
    lines = _lines(
        TEXT + "VÍDEOS: mais assistidos do p1\n1:42\n"
        "Temporal em SP: vídeo mostra árvore caindo sobre ônibus\n"
    )
    assert not any("árvore caindo" in line for line in lines)
    assert "1:42" not in lines


def test_plural_label_over_a_rail_of_clips_keeps_them() -> None:
    lines = _lines(
        TEXT + "VÍDEOS: mais assistidos do p1\n1:42\n"
        "Temporal em SP: vídeo mostra árvore caindo sobre ônibus\n"
        "2:05\nMotoristas enfrentam alagamentos na Marginal Tietê\n"
        "0:58\nBombeiros resgatam família ilhada em Osasco\n"
    )
    assert any("Marginal Tietê" in line for line in lines)


def test_plural_label_over_one_stamped_video_card_keeps_it() -> None:
    # (a "Vídeos" heading under the text over one video card: length, title, source, age;
    # a teaser, not a player's clip)
    lines = _lines(
        TEXT + "Vídeos\n2:31\nProdutores do oeste do estado aceleram o plantio antes das chuvas\n"
        "Agência Estadual de Notícias\nhá 3 horas\n"
    )
    assert any("aceleram o plantio" in line for line in lines)
