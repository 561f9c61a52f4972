"""A card's stamp line filed under a region of several words ("Há 4 horas — Em Vale do
Paraíba e Região") is still its stamp: a "VÍDEO: …" headline over a summary and such a
stamp is the card's title, not a video player's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)


def test_video_labelled_card_over_a_region_stamp_keeps_its_title() -> None:
    text = (
        "portal\n"
        "Economia\n"
        "Governo anuncia corte de juros no crédito rural\n"
        "Medida vale a partir de janeiro; produtores pedem ampliação.\n"
        "Há 2 horas — Em Economia\n"
        "VÍDEO: enchente isola bairros inteiros em Blumenau\n"
        "Moradores foram retirados de barco pelos bombeiros.\n"
        "Há 4 horas — Em Santa Catarina e Região Sul\n"
        "Veja mais\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert [(d.title, d.body) for d in drafts][-1] == (
        "VÍDEO: enchente isola bairros inteiros em Blumenau",
        "Moradores foram retirados de barco pelos bombeiros.",
    )
