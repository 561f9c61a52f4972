"""A video card whose meta line prints the stamp first ("Vídeo" / "0:48" / "hace 4 horas ·
RTVE" / title): the meta line is a card's, so the player's label and length go and the meta
line and the title stay; the title under a dropped length joins no line over the player. A
player's title over a sentence that opens on a time stays dropped."""

from streams.clean import _card_stamp, clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def test_a_stamp_first_meta_line_is_a_card_stamp() -> None:
    assert _card_stamp("hace 4 horas · RTVE")
    assert _card_stamp("vor 3 Std. | Reuters")
    assert _card_stamp("Coast FM · 2h")


def test_must_stay_a_duration_or_a_stamp_over_a_clause_is_no_card_stamp() -> None:
    assert not _card_stamp("0:48")
    assert not _card_stamp("hace 4 horas · el fuego avanzó hacia el norte del valle")


def test_a_video_card_under_a_stamp_first_meta_line_keeps_its_stamp_and_title() -> None:
    lines = lines_of(
        "hace 3 horas · Europa Press\n"
        "Sánchez viajará a Pekín en junio para reforzar los lazos comerciales con China\n"
        "El presidente se reunirá con Xi Jinping y firmará una decena de acuerdos.\n"
        "Vídeo\n"
        "0:48\n"
        "hace 4 horas · RTVE\n"
        "Las imágenes del rescate de un senderista en los Picos de Europa\n"
        "ayer · Marca\n"
        "Alcaraz remonta en Roma y se cita con Sinner en la final\n"
    )
    assert "hace 4 horas · RTVE" in lines
    assert "Las imágenes del rescate de un senderista en los Picos de Europa" in lines
    assert "0:48" not in lines


def test_a_video_cards_title_under_its_length_joins_no_title_over_the_player() -> None:
    lines = lines_of(
        "Handelsblatt · 5 Std.\n"
        "Hitzewelle: Wo heute in Deutschland 35 Grad erreicht werden\n"
        "Video\n"
        "01:32\n"
        "Unwetter in Bayern: Hagelkörner so groß wie Tennisbälle\n"
        "vor 3 Std. | Reuters\n"
    )
    assert "Hitzewelle: Wo heute in Deutschland 35 Grad erreicht werden" in lines
    assert "Unwetter in Bayern: Hagelkörner so groß wie Tennisbälle" in lines


def test_must_stay_an_embedded_players_title_over_a_sentence_opening_on_a_time_goes() -> None:
    lines = lines_of(
        "Das Feuer brach am Montagabend in einer Lagerhalle am Stadtrand aus.\n"
        "Video\n"
        "01:32\n"
        "Großbrand in Lagerhalle\n"
        "Am Dienstag · die Feuerwehr war mit hundert Kräften bis in die Nacht im Einsatz.\n"
        "Die Polizei ermittelt wegen Brandstiftung und sucht nach Zeugen.\n"
    )
    assert "Großbrand in Lagerhalle" not in lines
    assert "01:32" not in lines
