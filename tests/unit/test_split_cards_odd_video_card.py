"""A stampless video card ("Video" / length / title / publisher) among a list's stamped
cards: clean keeps the card's title under an ad slot it dropped, as under a card's stamp.
Not a player inside an article's text under an ad."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 18, 9, 20, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


AD_OVER_VIDEO = """\
Sky TG24
Allerta meteo, arancione anche in Toscana: Massa Carrara e Lucca a rischio
Chiusi i ponti sul Serchio, la Regione ha attivato il coordinamento con i comuni.
2 ore fa
Il Resto del Carlino
Bologna, riapre dopo tre anni il portico di San Luca
4 ore fa
Contenuti sponsorizzati
Il nuovo metodo per dimezzare la bolletta della luce che sta facendo impazzire l'Italia
Risparmio Facile
Video
1:05
Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata
Primocanale
Video
2:20
Rapallo, mareggiata sul lungomare: danni alle barche
Genova24 · 1 ora fa
"""


def test_a_video_card_under_an_ad_slot_is_a_card() -> None:
    found = cards(AD_OVER_VIDEO)
    assert found[2:] == [
        ("Primocanale", "Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata", None),
        ("Genova24", "Rapallo, mareggiata sul lungomare: danni alle barche", "1 ora fa"),
    ]


AD_OVER_PLAYER_IN_TEXT = """\
Maltempo in Liguria, allerta rossa a Genova: scuole chiuse e treni sospesi
22 novembre 2026 ore 10:40
Allerta rossa per piogge diffuse e temporali forti su tutto il centro della Liguria fino alla mezzanotte di domenica, ha stabilito Arpal.
Il sindaco di Genova ha disposto la chiusura di scuole, università, parchi e cimiteri. Chiusi anche i sottopassi.
Contenuti sponsorizzati
Il nuovo metodo per dimezzare la bolletta della luce che sta facendo impazzire l'Italia
Risparmio Facile
Video
1:05
Genova, il Bisagno si gonfia: le immagini dal ponte
Primocanale
I vigili del fuoco hanno eseguito nella notte oltre 120 interventi, soprattutto per alberi caduti e allagamenti.
Secondo le previsioni, il picco delle precipitazioni è atteso nel pomeriggio, con cumulate fino a 300 millimetri.
"""  # noqa: E501


def test_a_player_under_an_ad_inside_a_text_stays_out_of_it() -> None:
    # (must stay: the text goes on under the player's channel, no list's card there)
    drafts = split(AD_OVER_PLAYER_IN_TEXT)
    assert len(drafts) == 1
    assert "Genova, il Bisagno" not in drafts[0].body
    assert "I vigili del fuoco" in drafts[0].body
